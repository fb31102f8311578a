using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.LoadBalancers;

[ApiCommand("deleteLBStickinessPolicy")]
public sealed class DeleteLBStickinessPolicy(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.LbStickinessDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var policy = ctx.Params.RequiredEntity<LbStickinessPolicy>("id");
        return await LoadBalancerMembers.TargetAsync(ctx, await LbPolicyChanges.RuleOfAsync(ctx, policy.RuleId));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        await LbPolicyChanges.DeleteAsync(ctx, routers, ctx.Db.LbStickinessPolicies, ctx.Params.RequiredEntity<LbStickinessPolicy>("id"), EventTypes.LbStickinessDelete, "Deleted a stickiness policy");
        return new ApiResult.Success();
    }
}
