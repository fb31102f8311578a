using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.LoadBalancers;

/// <summary>Renames a load balancing rule or changes its algorithm, protocol or source CIDRs; the router gets the change.</summary>
[ApiCommand("updateLoadBalancerRule")]
public sealed class UpdateLoadBalancerRule(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.LoadBalancerUpdate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var rule = await LoadBalancerMembers.RuleAsync(ctx);
        Apply(ctx, rule);
        return await LoadBalancerMembers.TargetAsync(ctx, rule);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = await LoadBalancerMembers.RuleAsync(ctx);
        var rule = await ctx.Db.FirewallRules.FirstAsync(r => r.Id == found.Id, ctx.Cancellation);
        var before = ctx.Db.Entry(rule).CurrentValues.Clone();
        Apply(ctx, rule);
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
        ctx.Event(EventTypes.LoadBalancerUpdate, $"Updated load balancer rule {rule.LbName}", "LoadBalancer", rule.Uuid, rule.LbName);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await LoadBalancerResponses.RulesAsync(ctx.Db, [rule], ctx.Cancellation))[0]);
    }

    private static void Apply(CommandContext ctx, Core.Networks.FirewallRule rule)
    {
        var p = ctx.Params;
        if (p.String("name") is { } name)
        {
            IdentityService.ValidateName(name, "Load balancer name");
            rule.LbName = name;
        }
        if (p.String("description") is { } description)
        {
            rule.LbDescription = description;
        }
        if (p.String("algorithm") is { } algorithm)
        {
            rule.LbAlgorithm = LbPolicies.Algorithm(algorithm);
        }
        if (p.String("protocol") is { } protocolText)
        {
            var protocol = protocolText.Trim().ToLowerInvariant();
            rule.Protocol = protocol is "tcp" or "udp" or "tcp-proxy" ? protocol : throw CloudException.InvalidParameter($"Invalid protocol {protocolText}: use tcp, udp or tcp-proxy");
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
