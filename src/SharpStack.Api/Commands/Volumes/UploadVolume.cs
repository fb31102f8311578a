using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Images;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Api.Commands.Volumes;

/// <summary>
/// A data disk fetched from an http(s) URL into the zone's image store (by the VolumeDownloader):
/// UploadOp while it downloads, then Uploaded, attachable like a browser-uploaded volume. The URL
/// passes the same SSRF guard as template URLs. The job answers the volume as it is queued.
/// </summary>
[ApiCommand("uploadVolume")]
public sealed class UploadVolume(ResourceLimiter limiter, ImageFetcher fetcher, UsageEvents usage) : IAsyncApiCommand
{
    public string EventType => EventTypes.VolumeUpload;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var request = await VolumeUploadRequest.ReadAsync(ctx);
        var url = ctx.Params.String("url")!;
        if (url.Contains("file://", StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter("File:// type urls are currently unsupported");
        }
        await fetcher.ValidateAsync(url, ctx.Cancellation);
        await limiter.IncrementAsync(ctx.Db, request.Owner, [(ResourceType.volume, 1)], ctx.Cancellation);
        var volume = request.NewVolume(VolumeState.UploadOp, ctx.Now);
        volume.Url = url;
        ctx.Db.Volumes.Add(volume);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        usage.Volume(ctx.Db, UsageEvents.VolumeCreate, volume);
        ctx.Event(EventTypes.VolumeUpload, $"Uploading volume {volume.Name} from {url}", "Volume", volume.Uuid, volume.Name);
        return JobTarget.For("Volume", volume.Uuid);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var uuid = ctx.Job?.InstanceUuid ?? throw CloudException.Internal("uploadVolume runs only as a job");
        var volume = await ctx.Db.Volumes.FirstAsync(v => v.Uuid == uuid, ctx.Cancellation);
        return await VolumeJobs.AnswerAsync(ctx, volume);
    }
}
