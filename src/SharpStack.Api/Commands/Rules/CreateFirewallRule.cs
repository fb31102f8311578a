using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Rules;

/// <summary>Opens a protocol and ports (or ICMP) of a public address to source CIDRs; the router applies it before the job ends.</summary>
[ApiCommand("createFirewallRule")]
public sealed class CreateFirewallRule(NetworkRules rules) : IOrchestratedCommand
{
    public string EventType => EventTypes.FirewallOpen;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (ip, network) = await RuleTargets.AddressForAsync(ctx, NetworkServices.Firewall);
        await NetworkRules.EnsureNoConflictAsync(ctx.Db, Build(ctx, ip, network), ip, ctx.Cancellation);
        return RuleTargets.Target(network);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (ip, network) = await RuleTargets.AddressForAsync(ctx, NetworkServices.Firewall);
        var rule = Build(ctx, ip, network);
        await NetworkRules.EnsureNoConflictAsync(ctx.Db, rule, ip, ctx.Cancellation);
        await rules.AddAsync(ctx.Db, network.Id, [rule], ctx.Cancellation);
        ctx.Event(EventTypes.FirewallOpen, $"Created firewall rule {rule.Uuid} on {ip.Address}", "FirewallRule", rule.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await RuleResponses.FirewallAsync(ctx.Db, [rule], ctx.Cancellation))[0]);
    }

    private static FirewallRule Build(CommandContext ctx, PublicIpAddress ip, Network network)
    {
        var p = ctx.Params;
        if (p.String("type") is { } type && !type.Equals("user", StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter("Only firewall rules of type user can be created");
        }
        var protocol = RuleInputs.Protocol(p.String("protocol")!);
        var (start, end, icmpType, icmpCode) = RuleInputs.FirewallPorts(protocol, p.Int("startport"), p.Int("endport"), p.Int("icmptype"), p.Int("icmpcode"));
        return new FirewallRule
        {
            Purpose = RulePurpose.Firewall,
            TrafficType = "Ingress",
            IpAddressId = ip.Id,
            NetworkId = network.Id,
            AccountId = ip.AccountId!.Value,
            DomainId = ip.DomainId!.Value,
            Protocol = protocol,
            StartPort = start,
            EndPort = end,
            IcmpType = icmpType,
            IcmpCode = icmpCode,
            SourceCidrs = RuleInputs.Cidrs(p.StringList("cidrlist"), "cidrlist") ?? "0.0.0.0/0",
            ForDisplay = p.Bool("fordisplay") ?? true,
            Created = ctx.Now,
        };
    }
}
