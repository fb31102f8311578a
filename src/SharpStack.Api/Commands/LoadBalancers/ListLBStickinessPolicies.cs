using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;

namespace SharpStack.Api.Commands.LoadBalancers;

/// <summary>A load balancing rule's stickiness policies, as one object per rule (upstream's shape).</summary>
[ApiCommand("listLBStickinessPolicies")]
public sealed class ListLBStickinessPolicies : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (rule, policies) = await LbPolicyChanges.ListAsync(ctx, ctx.Db.LbStickinessPolicies);
        return ApiResult.List([await LoadBalancerResponses.StickinessAsync(ctx.Db, rule, policies, ctx.Cancellation)], 1);
    }
}
