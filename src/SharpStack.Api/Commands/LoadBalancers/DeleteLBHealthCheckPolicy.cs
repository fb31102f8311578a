using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.LoadBalancers;

[ApiCommand("deleteLBHealthCheckPolicy")]
public sealed class DeleteLBHealthCheckPolicy(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.LbHealthCheckDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var policy = ctx.Params.RequiredEntity<LbHealthCheckPolicy>("id");
        return await LoadBalancerMembers.TargetAsync(ctx, await LbPolicyChanges.RuleOfAsync(ctx, policy.RuleId));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        await LbPolicyChanges.DeleteAsync(ctx, routers, ctx.Db.LbHealthCheckPolicies, ctx.Params.RequiredEntity<LbHealthCheckPolicy>("id"), EventTypes.LbHealthCheckDelete, "Deleted a health check policy");
        return new ApiResult.Success();
    }
}
