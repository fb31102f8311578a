using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Storage;

namespace SharpStack.Api.Commands.Volumes;

internal static class VolumeJobs
{
    /// <summary>
    /// A volume job: an attached volume's (and an attach's) work queues behind its instance's jobs,
    /// so two disks never take one device id and nothing changes a disk under a starting instance.
    /// </summary>
    public static async Task<JobTarget> TargetAsync(CommandContext ctx, Volume volume, long? vmId = null)
    {
        vmId ??= volume.VmId;
        var vmUuid = vmId is { } id ? await ctx.Db.VirtualMachines.Where(v => v.Id == id).Select(v => (Guid?)v.Uuid).FirstOrDefaultAsync(ctx.Cancellation) : null;
        return new JobTarget("Volume", volume.Uuid, vmUuid is { } uuid ? $"VirtualMachine:{uuid}" : $"Volume:{volume.Uuid}");
    }

    public static Task<Volume> LoadAsync(CommandContext ctx, Volume found) =>
        ctx.Db.Volumes.FirstAsync(v => v.Id == found.Id, ctx.Cancellation);

    public static async Task<ApiResult> AnswerAsync(CommandContext ctx, Volume volume) =>
        ApiResult.Of((await VolumeResponses.ToResponsesAsync(ctx.Db, ctx.Caller, [volume], ctx.Cancellation))[0]);
}
