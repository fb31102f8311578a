using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Commands.Templates;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Offerings;
using SharpStack.Core.Storage;

namespace SharpStack.Api.Commands.Volumes;

/// <summary>
/// What uploadVolume and getUploadParamsForVolume both take: a name, a format, an optional checksum
/// and custom disk offering, the owner, and the image store of the zone the image goes to.
/// </summary>
internal sealed record VolumeUploadRequest(string Name, string Format, string? Checksum, Zone Zone, DiskOffering? Offering, Account Owner, ImageStore Store)
{
    public static async Task<VolumeUploadRequest> ReadAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Volume name");
        var format = TemplateRegistration.DiskFormat(p.String("format")!);
        var checksum = p.String("checksum");
        TemplateUrls.ParseChecksum(checksum);
        var zone = p.RequiredEntity<Zone>("zoneid");
        var offering = p.Entity<DiskOffering>("diskofferingid");
        if (offering is not null && !offering.Customized)
        {
            throw CloudException.InvalidParameter($"Disk offering {offering.Name} has a fixed size: an uploaded volume needs a custom disk offering, or none");
        }
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation);
        var store = await StoreAsync(ctx, zone, p.String("imagestoreuuid"));
        return new VolumeUploadRequest(name, format, checksum, zone, offering, owner, store);
    }

    private static async Task<ImageStore> StoreAsync(CommandContext ctx, Zone zone, string? storeUuid)
    {
        if (storeUuid is null)
        {
            return await TemplateRegistration.FirstStoreAsync(ctx, zone) ?? throw CloudException.InvalidParameter($"Zone {zone.Name} has no writable image store");
        }
        var uuid = Guid.TryParse(storeUuid, out var parsed) ? parsed : Guid.Empty;
        return await ctx.Db.ImageStores.AsNoTracking().FirstOrDefaultAsync(s => s.Uuid == uuid && s.ZoneId == zone.Id && s.Removed == null && !s.ReadOnly, ctx.Cancellation)
               ?? throw CloudException.InvalidParameter($"Unable to find a writable image store {storeUuid} in zone {zone.Name}");
    }

    /// <summary>The new volume, waiting in the image store; on a real (file) store its image gets a path.</summary>
    public Volume NewVolume(VolumeState state, DateTime now)
    {
        var volume = new Volume
        {
            Name = Name,
            AccountId = Owner.Id,
            DomainId = Owner.DomainId,
            ZoneId = Zone.Id,
            Type = VolumeType.DATADISK,
            State = state,
            DiskOfferingId = Offering?.Id,
            ImageStoreId = Store.Id,
            Format = Format,
            Checksum = Checksum,
            Created = now,
        };
        if (Store.Protocol == "file")
        {
            volume.StorePath = Path.Combine(new Uri(Store.Url).LocalPath, "volumes", Owner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{volume.Uuid}.{Format.ToLowerInvariant()}");
        }
        return volume;
    }
}
