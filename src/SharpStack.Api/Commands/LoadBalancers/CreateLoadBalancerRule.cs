using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Rules;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.LoadBalancers;

/// <summary>
/// Balances a public address's port over instances of its network (assigned later) with an
/// algorithm; with openfirewall (default) a firewall rule for the public port comes with it.
/// </summary>
[ApiCommand("createLoadBalancerRule")]
public sealed class CreateLoadBalancerRule(NetworkRules rules) : IOrchestratedCommand
{
    public string EventType => EventTypes.LoadBalancerCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (ip, network) = await AddressAsync(ctx);
        await NetworkRules.EnsureNoConflictAsync(ctx.Db, Build(ctx, ip, network), ip, ctx.Cancellation);
        return RuleTargets.Target(network);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (ip, network) = await AddressAsync(ctx);
        var rule = Build(ctx, ip, network);
        await NetworkRules.EnsureNoConflictAsync(ctx.Db, rule, ip, ctx.Cancellation);
        var added = new List<FirewallRule> { rule };
        // A VPC tier has ACLs instead of a firewall: openfirewall does not apply there, as upstream.
        if ((ctx.Params.Bool("openfirewall") ?? true) && network.VpcId is null)
        {
            ctx.Db.FirewallRules.Add(rule);
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
            added.Add(RuleTargets.OpenedFirewall(rule, ctx.Now));
        }
        try
        {
            await rules.AddAsync(ctx.Db, network.Id, added, ctx.Cancellation);
        }
        catch (CloudException)
        {
            await ctx.Db.FirewallRules.Where(r => r.Id == rule.Id).ExecuteDeleteAsync(ctx.Cancellation);
            throw;
        }
        ctx.Event(EventTypes.LoadBalancerCreate, $"Created load balancer rule {rule.LbName} on {ip.Address}:{rule.StartPort}", "LoadBalancer", rule.Uuid, rule.LbName);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await LoadBalancerResponses.RulesAsync(ctx.Db, [rule], ctx.Cancellation))[0]);
    }

    private static async Task<(PublicIpAddress Ip, Network Network)> AddressAsync(CommandContext ctx)
    {
        if (!ctx.Params.Has("publicipid"))
        {
            throw CloudException.InvalidParameter("publicipid is required: acquire an address for the network first (associateIpAddress)");
        }
        var (ip, network) = await RuleTargets.AddressForAsync(ctx, NetworkServices.Lb, "publicipid");
        if (ctx.Params.Entity<Network>("networkid") is { } given && given.Id != network.Id)
        {
            throw CloudException.InvalidParameter($"IP address {ip.Address} belongs to network {network.Name}, not to {given.Name}");
        }
        if (ip.StaticNatVmId is not null)
        {
            throw CloudException.NetworkRuleConflict($"IP address {ip.Address} has static NAT enabled: it cannot take load balancing rules");
        }
        if (ctx.Params.Entity<Core.Infrastructure.Zone>("zoneid") is { } zone && zone.Id != network.ZoneId)
        {
            throw CloudException.InvalidParameter($"IP address {ip.Address} is not in the zone given");
        }
        return (ip, network);
    }

    private static FirewallRule Build(CommandContext ctx, PublicIpAddress ip, Network network)
    {
        var p = ctx.Params;
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Load balancer name");
        var protocol = (p.String("protocol") ?? "tcp").Trim().ToLowerInvariant();
        if (protocol is not ("tcp" or "udp" or "tcp-proxy"))
        {
            throw CloudException.InvalidParameter($"Invalid protocol {p.String("protocol")}: use tcp, udp or tcp-proxy");
        }
        var (publicPort, _) = RuleInputs.Ports(p.Int("publicport")!.Value, null, "public");
        var (privatePort, _) = RuleInputs.Ports(p.Int("privateport")!.Value, null, "private");
        return new FirewallRule
        {
            Purpose = RulePurpose.LoadBalancing,
            TrafficType = "Ingress",
            IpAddressId = ip.Id,
            NetworkId = network.Id,
            AccountId = ip.AccountId!.Value,
            DomainId = ip.DomainId!.Value,
            Protocol = protocol,
            StartPort = publicPort,
            EndPort = publicPort,
            PrivateStartPort = privatePort,
            PrivateEndPort = privatePort,
            LbName = name,
            LbDescription = p.String("description"),
            LbAlgorithm = LbPolicies.Algorithm(p.String("algorithm")!),
            SourceCidrs = RuleInputs.Cidrs(p.StringList("cidrlist"), "cidrlist"),
            ForDisplay = p.Bool("fordisplay") ?? true,
            Created = ctx.Now,
        };
    }
}
