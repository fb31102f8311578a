using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;

namespace SharpStack.Api.Commands.LoadBalancers;

/// <summary>A load balancing rule's health check policies, as one object per rule (upstream's shape).</summary>
[ApiCommand("listLBHealthCheckPolicies")]
public sealed class ListLBHealthCheckPolicies : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (rule, policies) = await LbPolicyChanges.ListAsync(ctx, ctx.Db.LbHealthCheckPolicies);
        return ApiResult.List([await LoadBalancerResponses.HealthCheckAsync(ctx.Db, rule, policies, ctx.Cancellation)], 1);
    }
}
