using System.Text;
using System.Text.Json;
using SharpStack.Api.Access;
using SharpStack.Api.Commands.Templates;
using SharpStack.Api.Identity;
using SharpStack.Api.Images;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Offerings;
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
    private static readonly string[] Formats = ["QCOW2", "RAW", "VHD", "VHDX", "OVA"];

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        if (p.Has("projectid") || p.Has("imagestoreuuid"))
        {
            throw CloudException.InvalidParameter("projectid and imagestoreuuid are not supported yet");
        }
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Volume name");
        var format = p.String("format")!.ToUpperInvariant();
        if (!Formats.Contains(format))
        {
            throw CloudException.InvalidParameter($"Format {p.String("format")} is not supported: use one of {string.Join(", ", Formats)}");
        }
        var checksum = p.String("checksum");
        TemplateUrls.ParseChecksum(checksum);
        var zone = p.RequiredEntity<Zone>("zoneid");
        var offering = p.Entity<DiskOffering>("diskofferingid");
        if (offering is not null && !offering.Customized)
        {
            throw CloudException.InvalidParameter($"Disk offering {offering.Name} has a fixed size: an uploaded volume needs a custom disk offering, or none");
        }
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation);
        var store = await TemplateRegistration.FirstStoreAsync(ctx, zone) ?? throw CloudException.InvalidParameter($"Zone {zone.Name} has no writable image store");
        await limiter.IncrementAsync(ctx.Db, owner, [(ResourceType.volume, 1)], ctx.Cancellation);
        var volume = new Volume
        {
            Name = name,
            AccountId = owner.Id,
            DomainId = owner.DomainId,
            ZoneId = zone.Id,
            Type = VolumeType.DATADISK,
            State = VolumeState.NotUploaded,
            DiskOfferingId = offering?.Id,
            ImageStoreId = store.Id,
            Format = format,
            Checksum = checksum,
            Created = ctx.Now,
        };
        if (store.Protocol == "file")
        {
            volume.StorePath = Path.Combine(new Uri(store.Url).LocalPath, "volumes", owner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{volume.Uuid}.{format.ToLowerInvariant()}");
        }
        ctx.Db.Volumes.Add(volume);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        usage.Volume(ctx.Db, UsageEvents.VolumeCreate, volume);
        ctx.Event(EventTypes.VolumeCreate, $"Waiting for the upload of volume {name}", "Volume", volume.Uuid, name);
        var expires = ctx.Now.Add(GetUploadParamsForTemplate.LinkLifetime);
        var url = links.CreateVolumeUpload(volume.Id, expires);
        var metadata = Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = volume.Uuid, zoneid = zone.Uuid, format, checksum })));
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
