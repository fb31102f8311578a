using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.LoadBalancers;

/// <summary>Makes a load balancing rule's sessions sticky (one policy per rule): LbCookie, AppCookie or SourceBased.</summary>
[ApiCommand("createLBStickinessPolicy")]
public sealed class CreateLBStickinessPolicy(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.LbStickinessCreate;

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
        ctx.Db.LbStickinessPolicies.Add(policy);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await routers.ApplyOrUndoAsync(ctx.Db, rule.NetworkId,
            () => ctx.Db.LbStickinessPolicies.Where(p => p.Id == policy.Id).ExecuteDeleteAsync(ctx.Cancellation), ctx.Cancellation);
        ctx.Event(EventTypes.LbStickinessCreate, $"Created stickiness policy {policy.Name} for load balancer rule {rule.LbName}", "LoadBalancer", rule.Uuid, rule.LbName);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(await LoadBalancerResponses.StickinessAsync(ctx.Db, rule, [policy], ctx.Cancellation));
    }

    private static async Task<LbStickinessPolicy> BuildAsync(CommandContext ctx, FirewallRule rule)
    {
        var p = ctx.Params;
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Policy name");
        if (await ctx.Db.LbStickinessPolicies.AnyAsync(x => x.RuleId == rule.Id && !x.Revoke, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Load balancer rule {rule.LbName} already has a stickiness policy: only one is allowed per rule");
        }
        var (method, json) = LbPolicies.Stickiness(p.String("methodname")!, p.Map("param"));
        return new LbStickinessPolicy
        {
            RuleId = rule.Id,
            Name = name,
            MethodName = method,
            Description = p.String("description"),
            Params = json,
            ForDisplay = p.Bool("fordisplay") ?? true,
        };
    }
}
