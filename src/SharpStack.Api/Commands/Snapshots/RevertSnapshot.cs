using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Snapshots;

namespace SharpStack.Api.Commands.Snapshots;

[ApiCommand("revertSnapshot")]
public sealed class RevertSnapshot(SnapshotOrchestrator snapshots) : IOrchestratedCommand
{
    public string EventType => EventTypes.SnapshotRevert;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var snapshot = ctx.Params.RequiredEntity<Snapshot>("id");
        return SnapshotJobs.TargetAsync(ctx, snapshot.Uuid, snapshot.VolumeId);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var snapshot = await SnapshotJobs.LoadAsync(ctx, ctx.Params.RequiredEntity<Snapshot>("id"));
        await snapshots.RevertAsync(ctx.Db, snapshot, ctx.Actor, ctx.Cancellation);
        return ApiResult.Of((await SnapshotResponses.SnapshotsAsync(ctx.Db, [snapshot], ctx.Cancellation))[0]);
    }
}
