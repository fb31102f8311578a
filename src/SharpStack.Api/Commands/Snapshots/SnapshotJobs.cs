using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Storage;

namespace SharpStack.Api.Commands.Snapshots;

internal static class SnapshotJobs
{
    /// <summary>Snapshot work queues behind the jobs of the volume's instance (or of the volume).</summary>
    public static async Task<JobTarget> TargetAsync(CommandContext ctx, Guid snapshotUuid, long volumeId)
    {
        var volume = await ctx.Db.Volumes.AsNoTracking().FirstAsync(v => v.Id == volumeId, ctx.Cancellation);
        var vmUuid = volume.VmId is { } vmId ? await ctx.Db.VirtualMachines.Where(v => v.Id == vmId).Select(v => (Guid?)v.Uuid).FirstOrDefaultAsync(ctx.Cancellation) : null;
        return new JobTarget("Snapshot", snapshotUuid, vmUuid is { } uuid ? $"VirtualMachine:{uuid}" : $"Volume:{volume.Uuid}");
    }

    public static Task<Snapshot> LoadAsync(CommandContext ctx, Snapshot found) =>
        ctx.Db.Snapshots.FirstAsync(s => s.Id == found.Id, ctx.Cancellation);
}
