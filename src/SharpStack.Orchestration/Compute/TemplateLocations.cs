using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Orchestration.Compute;

/// <summary>Where a template's or ISO's copy lives on an image store, in upstream's template/tmpl/ACCOUNT/ID layout.</summary>
public static class TemplateLocations
{
    /// <summary>The path under the store's root, e.g. template/tmpl/2/7/UUID.iso.</summary>
    public static string RelativePath(VmTemplate t) =>
        string.Join('/', "template", "tmpl", t.AccountId.ToString(CultureInfo.InvariantCulture), t.Id.ToString(CultureInfo.InvariantCulture),
            $"{t.Uuid}.{t.Format.ToLowerInvariant()}");

    /// <summary>The file of a copy on a "file" image store.</summary>
    public static string FilePath(ImageStore store, VmTemplate t) =>
        Path.Combine([new Uri(store.Url).LocalPath, .. RelativePath(t).Split('/')]);

    /// <summary>Where a host finds the copy: the file of a file store, or the URL of an NFS store plus the path.</summary>
    public static string Location(ImageStore store, TemplateStoreRef copy, VmTemplate t) =>
        copy.InstallPath ?? $"{store.Url.TrimEnd('/')}/{RelativePath(t)}";

    /// <summary>The location of the template's ready copy in the zone, or null when it has none.</summary>
    public static async Task<string?> ReadyLocationAsync(CloudDbContext db, VmTemplate t, long zoneId, CancellationToken ct)
    {
        var found = await (from r in db.TemplateStoreRefs.AsNoTracking()
                           join s in db.ImageStores.AsNoTracking() on r.ImageStoreId equals s.Id
                           where r.TemplateId == t.Id && r.ZoneId == zoneId && r.State == TemplateDownloadState.Downloaded
                           select new { r, s }).FirstOrDefaultAsync(ct);
        return found is null ? null : Location(found.s, found.r, t);
    }
}
