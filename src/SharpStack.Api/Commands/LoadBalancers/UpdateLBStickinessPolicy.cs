using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.LoadBalancers;

/// <summary>Shows or hides a stickiness policy for end users (fordisplay); nothing changes on the router.</summary>
[ApiCommand("updateLBStickinessPolicy")]
public sealed class UpdateLBStickinessPolicy : IAsyncApiCommand
{
    public string EventType => EventTypes.LbStickinessUpdate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var policy = ctx.Params.RequiredEntity<LbStickinessPolicy>("id");
        return await LoadBalancerMembers.TargetAsync(ctx, await LbPolicyChanges.RuleOfAsync(ctx, policy.RuleId));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<LbStickinessPolicy>("id");
        var policy = await ctx.Db.LbStickinessPolicies.FirstAsync(p => p.Id == found.Id, ctx.Cancellation);
        if (ctx.Params.Bool("fordisplay") is { } display)
        {
            policy.ForDisplay = display;
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        var rule = await LbPolicyChanges.RuleOfAsync(ctx, policy.RuleId);
        return ApiResult.Of(await LoadBalancerResponses.StickinessAsync(ctx.Db, rule, [policy], ctx.Cancellation));
    }
}
