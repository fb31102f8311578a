using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Rules;

/// <summary>What rule commands check about the public address or network a rule is for.</summary>
internal static class RuleTargets
{
    /// <summary>An allocated public address of an implemented or allocated isolated network whose offering gives the service.</summary>
    public static async Task<(PublicIpAddress Ip, Network Network)> AddressForAsync(CommandContext ctx, string service, string parameter = "ipaddressid")
    {
        var ip = ctx.Params.RequiredEntity<PublicIpAddress>(parameter);
        if (ip.State == PublicIpState.Allocated && ip.NetworkId is null && ip.VpcId is not null)
        {
            return await VpcAddressForAsync(ctx, ip, service);
        }
        if (ip.State != PublicIpState.Allocated || ip.NetworkId is null)
        {
            throw CloudException.InvalidParameter($"IP address {ip.Address} is not allocated to a network");
        }
        var network = await ctx.Db.Networks.AsNoTracking().FirstAsync(n => n.Id == ip.NetworkId, ctx.Cancellation);
        await RequireServiceAsync(ctx, network, service);
        return (ip, network);
    }

    /// <summary>
    /// A VPC address not yet tied to a tier: networkid names the tier (of the same VPC) its rules
    /// serve. The tie is recorded when the rule is added, as upstream.
    /// </summary>
    private static async Task<(PublicIpAddress Ip, Network Network)> VpcAddressForAsync(CommandContext ctx, PublicIpAddress ip, string service)
    {
        if (ip.IsSourceNat)
        {
            throw CloudException.InvalidParameter($"IP address {ip.Address} is the source NAT address of its VPC: rules need an acquired address");
        }
        var network = ctx.Params.Entity<Network>("networkid")
                      ?? throw CloudException.InvalidParameter($"IP address {ip.Address} belongs to a VPC and no tier yet: give networkid, the tier the rule is for");
        if (network.VpcId != ip.VpcId)
        {
            throw CloudException.InvalidParameter($"Network {network.Name} is not a tier of the VPC IP address {ip.Address} belongs to");
        }
        await RequireServiceAsync(ctx, network, service);
        // Seen from here on as the tier's address; NetworkRules and static NAT record the tie with the rule.
        ctx.Db.Entry(ip).State = EntityState.Detached;
        ip.NetworkId = network.Id;
        return (ip, network);
    }


    public static async Task RequireServiceAsync(CommandContext ctx, Network network, string service)
    {
        var offering = await NetworkOrchestrator.OfferingAsync(ctx.Db, network, ctx.Cancellation);
        if (offering is null || !offering.Has(service))
        {
            throw CloudException.InvalidParameter($"The {service} service is not supported in network {network.Name}");
        }
    }

    /// <summary>The ingress firewall rule opened with a port forwarding or load balancing rule (openfirewall=true); it goes with it.</summary>
    public static FirewallRule OpenedFirewall(FirewallRule forwarding, DateTime now) => new()
    {
        Purpose = RulePurpose.Firewall,
        TrafficType = "Ingress",
        IpAddressId = forwarding.IpAddressId,
        NetworkId = forwarding.NetworkId,
        AccountId = forwarding.AccountId,
        DomainId = forwarding.DomainId,
        Protocol = forwarding.Protocol == "tcp-proxy" ? "tcp" : forwarding.Protocol,
        StartPort = forwarding.StartPort,
        EndPort = forwarding.EndPort,
        SourceCidrs = forwarding.SourceCidrs ?? "0.0.0.0/0",
        RelatedRuleId = forwarding.Id,
        Created = now,
    };

    public static JobTarget Target(Network network) => new("FirewallRule", null, $"Network:{network.Uuid}");

    /// <summary>A rule of the given purpose and direction that the caller can reach (through the rule's account).</summary>
    public static async Task<FirewallRule> RuleAsync(CommandContext ctx, RulePurpose purpose, string traffic)
    {
        var rule = ctx.Params.RequiredEntity<FirewallRule>("id");
        if (rule.Purpose != purpose || rule.TrafficType != traffic)
        {
            var kind = purpose switch
            {
                RulePurpose.PortForwarding => "port forwarding",
                RulePurpose.LoadBalancing => "load balancer",
                _ => traffic.ToLowerInvariant() + " firewall",
            };
            throw CloudException.InvalidParameter($"Unable to find a {kind} rule with id {rule.Uuid}");
        }
        return await ctx.Db.FirewallRules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rule.Id, ctx.Cancellation)
               ?? throw CloudException.InvalidParameter($"Rule {rule.Uuid} no longer exists");
    }

    public static IQueryable<FirewallRule> Visible(CommandContext ctx) => ctx.Db.VisibleRules(ctx.Caller);
}
