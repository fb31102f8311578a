using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Rules;

/// <summary>Points a port forwarding rule at other private ports or another instance, or changes its source CIDRs.</summary>
[ApiCommand("updatePortForwardingRule")]
public sealed class UpdatePortForwardingRule(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.NetRuleModify;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var rule = await RuleTargets.RuleAsync(ctx, RulePurpose.PortForwarding, "Ingress");
        await ApplyChangesAsync(ctx, rule);
        var network = await ctx.Db.Networks.AsNoTracking().FirstAsync(n => n.Id == rule.NetworkId, ctx.Cancellation);
        return new JobTarget("FirewallRule", rule.Uuid, $"Network:{network.Uuid}");
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = await RuleTargets.RuleAsync(ctx, RulePurpose.PortForwarding, "Ingress");
        var rule = await ctx.Db.FirewallRules.FirstAsync(r => r.Id == found.Id, ctx.Cancellation);
        var before = ctx.Db.Entry(rule).CurrentValues.Clone();
        await ApplyChangesAsync(ctx, rule);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        try
        {
            await routers.ApplyAsync(ctx.Db, rule.NetworkId, ctx.Cancellation);
        }
        catch (CloudException)
        {
            ctx.Db.Entry(rule).CurrentValues.SetValues(before);
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
            throw;
        }
        ctx.Event(EventTypes.NetRuleModify, $"Updated port forwarding rule {rule.Uuid}", "FirewallRule", rule.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await RuleResponses.PortForwardingAsync(ctx.Db, [rule], ctx.Cancellation))[0]);
    }

    private static async Task ApplyChangesAsync(CommandContext ctx, FirewallRule rule)
    {
        var p = ctx.Params;
        if (p.Int("privateport") is { } privateStart)
        {
            var (start, end) = RuleInputs.Ports(privateStart, p.Int("privateendport") ?? privateStart + (rule.EndPort - rule.StartPort), "private");
            if (end - start != rule.EndPort - rule.StartPort)
            {
                throw CloudException.InvalidParameter($"The private port range {start}-{end} must be as large as the public range {rule.StartPort}-{rule.EndPort}");
            }
            rule.PrivateStartPort = start;
            rule.PrivateEndPort = end;
        }
        else if (p.Has("privateendport"))
        {
            throw CloudException.InvalidParameter("privateendport needs privateport");
        }
        if (p.Entity<VirtualMachine>("virtualmachineid") is { } vm)
        {
            var ip = await ctx.Db.PublicIpAddresses.AsNoTracking().FirstAsync(a => a.Id == rule.IpAddressId, ctx.Cancellation);
            var network = await ctx.Db.Networks.AsNoTracking().FirstAsync(n => n.Id == rule.NetworkId, ctx.Cancellation);
            (_, rule.VmGuestIp) = await PortForwardingInputs.TargetAsync(ctx, ip, network, vm);
            rule.VmId = vm.Id;
        }
        else if (p.Has("vmguestip"))
        {
            throw CloudException.InvalidParameter("vmguestip needs virtualmachineid");
        }
        if (p.StringList("cidrlist").Count > 0)
        {
            rule.SourceCidrs = RuleInputs.Cidrs(p.StringList("cidrlist"), "cidrlist");
        }
        if (p.Bool("fordisplay") is { } display)
        {
            rule.ForDisplay = display;
        }
    }
}
