using System.Text;
using System.Text.Json;
using SharpStack.Api.Commands.Templates;
using SharpStack.Api.Images;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Api.Commands.Volumes;

/// <summary>
/// Announces a volume whose image the client will POST: it waits "NotUploaded" in the zone's image
/// store until the signed postURL receives it (an hour), then is Uploaded and can be attached.
/// </summary>
[ApiCommand("getUploadParamsForVolume")]
public sealed class GetUploadParamsForVolume(ResourceLimiter limiter, DownloadLinks links, UsageEvents usage) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var request = await VolumeUploadRequest.ReadAsync(ctx);
        await limiter.IncrementAsync(ctx.Db, request.Owner, [(ResourceType.volume, 1)], ctx.Cancellation);
        var volume = request.NewVolume(VolumeState.NotUploaded, ctx.Now);
        ctx.Db.Volumes.Add(volume);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        usage.Volume(ctx.Db, UsageEvents.VolumeCreate, volume);
        ctx.Event(EventTypes.VolumeCreate, $"Waiting for the upload of volume {volume.Name}", "Volume", volume.Uuid, volume.Name);
        var expires = ctx.Now.Add(GetUploadParamsForTemplate.LinkLifetime);
        var url = links.CreateVolumeUpload(volume.Id, expires);
        var metadata = Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = volume.Uuid, zoneid = request.Zone.Uuid, format = volume.Format, checksum = volume.Checksum })));
        return ApiResult.Of(new ApiObject
        {
            { "id", volume.Uuid },
            { "postURL", url },
            { "metadata", metadata },
            { "expires", ApiDates.Format(expires) },
            { "signature", DownloadLinks.SignatureOf(url) },
        });
    }
}
