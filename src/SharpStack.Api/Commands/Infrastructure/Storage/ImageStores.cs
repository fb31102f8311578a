using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.Storage;

/// <summary>
/// Adding an image store, shared by addImageStore and addSecondaryStorage. A file:/// store is a
/// folder of the management server (created if missing; its size is the filesystem's); an NFS
/// store is mounted by whoever works on it (hosts' agents), so its size is learnt then.
/// </summary>
internal static class ImageStores
{
    public static async Task<ImageStore> AddAsync(CommandContext ctx, string? name, string url, Zone? zone, string provider)
    {
        if (!provider.Equals("NFS", StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter($"Unsupported image store provider {provider}: use NFS");
        }
        var (protocol, host, path) = StorageUrls.ParseImageStore(url);
        if (zone is null)
        {
            throw CloudException.InvalidParameter("An NFS image store belongs to a zone: give zoneid");
        }
        name ??= url;
        IdentityService.ValidateName(name, "Image store name");
        if (await ctx.Db.ImageStores.AnyAsync(s => s.Removed == null && s.Url == url, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"The image store {url} is already added");
        }
        long capacity = 0;
        long used = 0;
        if (protocol == "file")
        {
            try
            {
                Directory.CreateDirectory(path);
                var drive = new DriveInfo(path);
                capacity = drive.TotalSize;
                used = drive.TotalSize - drive.AvailableFreeSpace;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                throw CloudException.InvalidParameter($"The folder {path} cannot be used as an image store: {e.Message}");
            }
        }
        var store = new ImageStore
        {
            Name = name,
            ZoneId = zone.Id,
            Url = url,
            Protocol = protocol,
            ProviderName = "NFS",
            CapacityBytes = capacity,
            UsedBytes = used,
            Created = ctx.Now,
        };
        ctx.Db.ImageStores.Add(store);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ImageStoreCreate, $"Successfully added image store {name} ({host}:{path})", "ImageStore", store.Uuid, name);
        return store;
    }
}
