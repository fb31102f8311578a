using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Rules;

/// <summary>
/// Adds an egress rule to an isolated network: traffic from guest CIDRs to destinations, which the
/// router allows (offering's default policy deny) or blocks (default policy allow).
/// </summary>
[ApiCommand("createEgressFirewallRule")]
public sealed class CreateEgressFirewallRule(NetworkRules rules) : IOrchestratedCommand
{
    public string EventType => EventTypes.FirewallEgressOpen;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var network = await NetworkAsync(ctx);
        await NetworkRules.EnsureNoConflictAsync(ctx.Db, Build(ctx, network), null, ctx.Cancellation);
        return RuleTargets.Target(network);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var network = await NetworkAsync(ctx);
        var rule = Build(ctx, network);
        await NetworkRules.EnsureNoConflictAsync(ctx.Db, rule, null, ctx.Cancellation);
        await rules.AddAsync(ctx.Db, network.Id, [rule], ctx.Cancellation);
        ctx.Event(EventTypes.FirewallEgressOpen, $"Created egress rule {rule.Uuid} in network {network.Name}", "FirewallRule", rule.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await RuleResponses.FirewallAsync(ctx.Db, [rule], ctx.Cancellation))[0]);
    }

    private static async Task<Network> NetworkAsync(CommandContext ctx)
    {
        var network = ctx.Params.RequiredEntity<Network>("networkid");
        if (network.GuestType != GuestType.Isolated || network.AclType != "Account")
        {
            throw CloudException.InvalidParameter($"Egress rules are for isolated networks; network {network.Name} is {network.GuestType}");
        }
        await RuleTargets.RequireServiceAsync(ctx, network, NetworkServices.Firewall);
        return network;
    }

    private static FirewallRule Build(CommandContext ctx, Network network)
    {
        var p = ctx.Params;
        if (p.String("type") is { } type && !type.Equals("user", StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter("Only egress rules of type user can be created");
        }
        var protocol = RuleInputs.Protocol(p.String("protocol")!);
        var (start, end, icmpType, icmpCode) = RuleInputs.FirewallPorts(protocol, p.Int("startport"), p.Int("endport"), p.Int("icmptype"), p.Int("icmpcode"));
        var sources = RuleInputs.Cidrs(p.StringList("cidrlist"), "cidrlist");
        if (sources is not null && Ipv4.TryParseCidr(network.Cidr, out var subnet, out var prefix))
        {
            foreach (var cidr in RuleInputs.SplitCidrs(sources))
            {
                Ipv4.TryParseCidr(cidr, out var address, out var length);
                if (length < prefix || !Ipv4.SameSubnet(address, subnet, prefix))
                {
                    throw CloudException.InvalidParameter($"Source CIDR {cidr} of an egress rule must be within the network's CIDR {network.Cidr}");
                }
            }
        }
        return new FirewallRule
        {
            Purpose = RulePurpose.Firewall,
            TrafficType = "Egress",
            NetworkId = network.Id,
            AccountId = network.AccountId,
            DomainId = network.DomainId,
            Protocol = protocol,
            StartPort = start,
            EndPort = end,
            IcmpType = icmpType,
            IcmpCode = icmpCode,
            SourceCidrs = sources,
            DestinationCidrs = RuleInputs.Cidrs(p.StringList("destcidrlist"), "destcidrlist"),
            ForDisplay = p.Bool("fordisplay") ?? true,
            Created = ctx.Now,
        };
    }
}
