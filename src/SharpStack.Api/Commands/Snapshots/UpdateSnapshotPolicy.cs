using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Snapshots;

[ApiCommand("updateSnapshotPolicy")]
public sealed class UpdateSnapshotPolicy : IAsyncApiCommand
{
    public string EventType => EventTypes.SnapshotPolicyUpdate;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        if (ctx.Params.Has("customid"))
        {
            throw CloudException.InvalidParameter("customid is not supported yet");
        }
        var policy = ctx.Params.Entity<SnapshotPolicy>("id") ?? throw CloudException.InvalidParameter("id is required");
        return Task.FromResult(JobTarget.For("SnapshotPolicy", policy.Uuid));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.Entity<SnapshotPolicy>("id") ?? throw CloudException.InvalidParameter("id is required");
        var policy = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(ctx.Db.SnapshotPolicies, x => x.Id == found.Id, ctx.Cancellation);
        if (ctx.Params.Bool("fordisplay") is { } display)
        {
            policy.ForDisplay = display;
        }
        ctx.Event(EventTypes.SnapshotPolicyUpdate, $"Updated the {policy.Interval} snapshot policy of a volume", "SnapshotPolicy", policy.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await SnapshotResponses.PoliciesAsync(ctx.Db, [policy], ctx.Cancellation))[0]);
    }
}
