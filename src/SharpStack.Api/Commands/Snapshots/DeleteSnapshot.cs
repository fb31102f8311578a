using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Snapshots;

namespace SharpStack.Api.Commands.Snapshots;

[ApiCommand("deleteSnapshot")]
public sealed class DeleteSnapshot(SnapshotOrchestrator snapshots) : IOrchestratedCommand
{
    public string EventType => EventTypes.SnapshotDelete;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        if (ctx.Params.Has("zoneid"))
        {
            throw CloudException.InvalidParameter("Snapshots live in one zone: zoneid is not supported");
        }
        var snapshot = ctx.Params.RequiredEntity<Snapshot>("id");
        return SnapshotJobs.TargetAsync(ctx, snapshot.Uuid, snapshot.VolumeId);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var snapshot = await SnapshotJobs.LoadAsync(ctx, ctx.Params.RequiredEntity<Snapshot>("id"));
        await snapshots.DeleteAsync(ctx.Db, snapshot, ctx.Actor, ctx.Cancellation);
        return new ApiResult.Success();
    }
}
