using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Rules;

/// <summary>
/// Forwards a public address's port range to the same-sized range of an instance; with
/// openfirewall (default) a firewall rule for the public ports comes with it.
/// </summary>
[ApiCommand("createPortForwardingRule")]
public sealed class CreatePortForwardingRule(NetworkRules rules) : IOrchestratedCommand
{
    public string EventType => EventTypes.NetRuleAdd;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        PortForwardingInputs.CheckGuestIpFormat(ctx);
        var (ip, network) = await RuleTargets.AddressForAsync(ctx, NetworkServices.PortForwarding);
        var rule = await BuildAsync(ctx, ip, network);
        await NetworkRules.EnsureNoConflictAsync(ctx.Db, rule, ip, ctx.Cancellation);
        return RuleTargets.Target(network);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (ip, network) = await RuleTargets.AddressForAsync(ctx, NetworkServices.PortForwarding);
        var rule = await BuildAsync(ctx, ip, network);
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
        ctx.Event(EventTypes.NetRuleAdd, $"Created port forwarding rule {rule.Uuid} on {ip.Address}", "FirewallRule", rule.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await RuleResponses.PortForwardingAsync(ctx.Db, [rule], ctx.Cancellation))[0]);
    }

    private static async Task<FirewallRule> BuildAsync(CommandContext ctx, PublicIpAddress ip, Network network)
    {
        var p = ctx.Params;
        var protocol = RuleInputs.Protocol(p.String("protocol")!, allowAll: false);
        if (protocol == "icmp")
        {
            throw CloudException.InvalidParameter("Port forwarding is for TCP and UDP");
        }
        var (publicStart, publicEnd) = RuleInputs.Ports(p.Int("publicport")!.Value, p.Int("publicendport"), "public");
        var (privateStart, privateEnd) = RuleInputs.Ports(p.Int("privateport")!.Value, p.Int("privateendport"), "private");
        if (publicEnd - publicStart != privateEnd - privateStart)
        {
            throw CloudException.InvalidParameter($"The public port range {publicStart}-{publicEnd} and the private port range {privateStart}-{privateEnd} must be of the same size");
        }
        var (vm, guestIp) = await PortForwardingInputs.TargetAsync(ctx, ip, network, p.RequiredEntity<VirtualMachine>("virtualmachineid"));
        return new FirewallRule
        {
            Purpose = RulePurpose.PortForwarding,
            TrafficType = "Ingress",
            IpAddressId = ip.Id,
            NetworkId = network.Id,
            AccountId = ip.AccountId!.Value,
            DomainId = ip.DomainId!.Value,
            Protocol = protocol,
            StartPort = publicStart,
            EndPort = publicEnd,
            PrivateStartPort = privateStart,
            PrivateEndPort = privateEnd,
            VmId = vm.Id,
            VmGuestIp = guestIp,
            SourceCidrs = RuleInputs.Cidrs(p.StringList("cidrlist"), "cidrlist"),
            ForDisplay = p.Bool("fordisplay") ?? true,
            Created = ctx.Now,
        };
    }
}
