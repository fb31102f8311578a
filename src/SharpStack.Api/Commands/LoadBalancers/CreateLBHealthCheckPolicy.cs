using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.LoadBalancers;

/// <summary>Has the router check a load balancing rule's members (one policy per rule): an HTTP path, or TCP connect when none.</summary>
[ApiCommand("createLBHealthCheckPolicy")]
public sealed class CreateLBHealthCheckPolicy(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.LbHealthCheckCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var rule = await LoadBalancerMembers.RuleAsync(ctx, "lbruleid");
        await BuildAsync(ctx, rule);
        return await LoadBalancerMembers.TargetAsync(ctx, rule);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var rule = await LoadBalancerMembers.RuleAsync(ctx, "lbruleid");
        var policy = await BuildAsync(ctx, rule);
        ctx.Db.LbHealthCheckPolicies.Add(policy);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await routers.ApplyOrUndoAsync(ctx.Db, rule.NetworkId,
            () => ctx.Db.LbHealthCheckPolicies.Where(p => p.Id == policy.Id).ExecuteDeleteAsync(ctx.Cancellation), ctx.Cancellation);
        ctx.Event(EventTypes.LbHealthCheckCreate, $"Created health check policy for load balancer rule {rule.LbName}", "LoadBalancer", rule.Uuid, rule.LbName);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(await LoadBalancerResponses.HealthCheckAsync(ctx.Db, rule, [policy], ctx.Cancellation));
    }

    private static async Task<LbHealthCheckPolicy> BuildAsync(CommandContext ctx, FirewallRule rule)
    {
        var p = ctx.Params;
        if (await ctx.Db.LbHealthCheckPolicies.AnyAsync(x => x.RuleId == rule.Id && !x.Revoke, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Load balancer rule {rule.LbName} already has a health check policy: only one is allowed per rule");
        }
        var policy = new LbHealthCheckPolicy
        {
            RuleId = rule.Id,
            PingPath = p.String("pingpath") ?? "/",
            Description = p.String("description"),
            ResponseTimeSeconds = p.Int("responsetimeout") ?? 2,
            IntervalSeconds = p.Int("intervaltime") ?? 5,
            HealthyThreshold = p.Int("healthythreshold") ?? 2,
            UnhealthyThreshold = p.Int("unhealthythreshold") ?? 10,
            ForDisplay = p.Bool("fordisplay") ?? true,
        };
        if (!policy.PingPath.StartsWith('/') || policy.PingPath.Any(char.IsWhiteSpace))
        {
            throw CloudException.InvalidParameter($"Invalid pingpath {policy.PingPath}: give a URL path starting with /");
        }
        if (policy.ResponseTimeSeconds is < 2 or > 60)
        {
            throw CloudException.InvalidParameter("responsetimeout must be from 2 to 60 seconds");
        }
        if (policy.IntervalSeconds is < 5 or > 600 || policy.IntervalSeconds <= policy.ResponseTimeSeconds)
        {
            throw CloudException.InvalidParameter("intervaltime must be from 5 to 600 seconds and longer than responsetimeout");
        }
        if (policy.HealthyThreshold is < 1 or > 10 || policy.UnhealthyThreshold is < 1 or > 10)
        {
            throw CloudException.InvalidParameter("healthythreshold and unhealthythreshold must be from 1 to 10");
        }
        return policy;
    }
}
