using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Templates;
using SharpStack.Api.Images;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Volumes;

/// <summary>
/// extractVolume: a signed HTTP download link (as for templates) to a volume's image in a real (file)
/// image store. Upstream's checks come first: extraction enabled, the volume detached or its instance
/// stopped, a root disk's template extractable. A volume on primary storage would first be copied to
/// the image store by a host; no host here can (the simulator keeps no bytes), so that is refused.
/// </summary>
[ApiCommand("extractVolume")]
public sealed class ExtractVolume(SettingsService settings, DownloadLinks links) : IAsyncApiCommand
{
    public string EventType => EventTypes.VolumeExtract;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx) => await VolumeJobs.TargetAsync(ctx, await CheckAsync(ctx));

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var volume = await CheckAsync(ctx);
        var zone = ctx.Params.RequiredEntity<Zone>("zoneid");
        var owner = await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == volume.AccountId, ctx.Cancellation);
        var url = links.CreateVolumeDownload(volume.Id, await TemplateExtraction.ExpiresAsync(ctx, settings));
        ctx.Event(EventType, $"Extracted volume {volume.Name} from zone {zone.Name}", "Volume", volume.Uuid, volume.Name);
        return ApiResult.Of(ExtractResponses.Of(volume.Uuid, volume.Name, owner.Uuid, zone, url, ctx.Now));
    }

    private async Task<Volume> CheckAsync(CommandContext ctx)
    {
        if (!ctx.Caller.IsRootAdmin && await settings.GetBoolAsync(SettingNames.DisableExtraction, ctx.Cancellation))
        {
            throw CloudException.PermissionDenied("Extraction has been disabled by admin");
        }
        ExtractResponses.EnsureHttpDownload(ctx.Params.String("mode")!);
        var volume = await VolumeJobs.LoadAsync(ctx, ctx.Params.RequiredEntity<Volume>("id"));
        var zone = ctx.Params.RequiredEntity<Zone>("zoneid");
        if (volume.ZoneId != zone.Id)
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is not in zone {zone.Name}");
        }
        if (volume.VmId is { } vmId && await ctx.Db.VirtualMachines.AsNoTracking().Where(v => v.Id == vmId).Select(v => v.State).FirstAsync(ctx.Cancellation) != VmState.Stopped)
        {
            throw CloudException.PermissionDenied("Invalid state of the volume with specified ID. It should be either detached or the VM should be in stopped state.");
        }
        if (volume.Type == VolumeType.ROOT && !ctx.Caller.IsRootAdmin && volume.TemplateId is { } templateId &&
            await ctx.Db.VmTemplates.AsNoTracking().Where(t => t.Id == templateId).Select(t => !t.IsExtractable || t.TemplateType == "SYSTEM").FirstAsync(ctx.Cancellation))
        {
            throw CloudException.PermissionDenied("The volume with specified volumeId is not allowed to be extracted");
        }
        if (volume.PoolId is not null)
        {
            if (volume.State != VolumeState.Ready)
            {
                throw CloudException.InvalidParameter("Volume to be extracted has been removed or not in right state!");
            }
            throw CloudException.InvalidParameter($"Volume {volume.Name} is on primary storage whose hosts cannot copy it to the image store: it has no bytes to extract");
        }
        if (volume.State != VolumeState.Uploaded)
        {
            throw CloudException.InvalidParameter("The volume doesn't belong to a storage pool so can't extract it");
        }
        if (volume.StorePath is null || !File.Exists(volume.StorePath))
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is on a simulated image store: it has no bytes to extract");
        }
        return volume;
    }
}
