using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Snapshots;

/// <summary>Stops policies (by id or ids); the snapshots they took stay.</summary>
[ApiCommand("deleteSnapshotPolicies")]
public sealed class DeleteSnapshotPolicies : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var policies = ctx.Params.EntityList<SnapshotPolicy>("ids").ToList();
        if (ctx.Params.Entity<SnapshotPolicy>("id") is { } one)
        {
            policies.Add(one);
        }
        if (policies.Count == 0)
        {
            throw CloudException.InvalidParameter("Give id or ids of the snapshot policies to delete");
        }
        foreach (var found in policies.DistinctBy(x => x.Id))
        {
            var policy = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(ctx.Db.SnapshotPolicies, x => x.Id == found.Id, ctx.Cancellation);
            policy.Removed = ctx.Now;
            ctx.Event(EventTypes.SnapshotPolicyDelete, $"Deleted the {policy.Interval} snapshot policy of a volume", "SnapshotPolicy", policy.Uuid);
        }
        return new ApiResult.Success();
    }
}
