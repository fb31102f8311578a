using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Offerings;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Volumes;

/// <summary>Resizes a volume to size GB (custom offerings), or to the size of another disk offering.</summary>
[ApiCommand("resizeVolume")]
public sealed class ResizeVolume(VolumeOrchestrator volumes) : IOrchestratedCommand
{
    public string EventType => EventTypes.VolumeResize;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var volume = ctx.Params.RequiredEntity<Volume>("id");
        NewSize(ctx, volume);
        return VolumeJobs.TargetAsync(ctx, volume);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var volume = await VolumeJobs.LoadAsync(ctx, ctx.Params.RequiredEntity<Volume>("id"));
        var (size, offering) = NewSize(ctx, volume);
        await volumes.ResizeAsync(ctx.Db, volume, size, ctx.Params.Flag("shrinkok"), offering?.Id, ctx.Actor, ctx.Cancellation);
        return await VolumeJobs.AnswerAsync(ctx, volume);
    }

    private static (long Size, DiskOffering? Offering) NewSize(CommandContext ctx, Volume volume)
    {
        var offering = ctx.Params.Entity<DiskOffering>("diskofferingid");
        var sizeGb = ctx.Params.Long("size");
        if (offering is not null && offering.State != OfferingState.Active)
        {
            throw CloudException.InvalidParameter($"Disk offering {offering.Name} is not active");
        }
        if (offering is not null && !offering.Customized)
        {
            if (sizeGb is not null)
            {
                throw CloudException.InvalidParameter($"Disk offering {offering.Name} has a fixed size: size cannot be given with it");
            }
            return (offering.DiskSizeBytes, offering);
        }
        if (sizeGb is not { } gb || gb < 1)
        {
            throw CloudException.InvalidParameter("size (in GB, at least 1) is required, or a diskofferingid of a fixed size");
        }
        if ((gb << 30) == volume.SizeBytes && offering is null)
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is already {gb} GB");
        }
        return (gb << 30, offering);
    }
}
