using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Snapshots;

namespace SharpStack.Api.Commands.Snapshots;

[ApiCommand("createSnapshot")]
public sealed class CreateSnapshot(SnapshotOrchestrator snapshots) : IOrchestratedCommand
{
    public string EventType => EventTypes.SnapshotCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        if (p.Has("zoneids") || p.Has("storageids") || p.Flag("usestoragereplication") || p.Has("tags"))
        {
            throw CloudException.InvalidParameter("Copying snapshots to other zones or pools, and tags, are not supported yet");
        }
        if (p.String("locationtype") is { } location && !location.Equals("SECONDARY", StringComparison.OrdinalIgnoreCase) && !location.Equals("PRIMARY", StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter($"Invalid locationtype {location}: use PRIMARY or SECONDARY");
        }
        var volume = await ctx.Db.Volumes.FirstAsync(v => v.Id == p.RequiredEntity<Volume>("volumeid").Id, ctx.Cancellation);
        var snapshot = await snapshots.AllocateAsync(ctx.Db, volume, p.String("name"), SnapshotType.MANUAL, null, ctx.Cancellation);
        var target = await SnapshotJobs.TargetAsync(ctx, snapshot.Uuid, volume.Id);
        return target with { CreatedId = snapshot.Uuid };
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var uuid = ctx.Job?.InstanceUuid ?? throw CloudException.Internal("createSnapshot runs only as a job");
        var snapshot = await ctx.Db.Snapshots.FirstAsync(s => s.Uuid == uuid, ctx.Cancellation);
        await snapshots.TakeAsync(ctx.Db, snapshot, ctx.Actor, ctx.Cancellation);
        return ApiResult.Of((await SnapshotResponses.SnapshotsAsync(ctx.Db, [snapshot], ctx.Cancellation))[0]);
    }
}
