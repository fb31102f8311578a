using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Images;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Templates;

internal static class TemplateResponses
{
    public const string WaitingForAgent = "Waiting for a host agent to download";

    public static string Status(TemplateStoreRef r, string? storeProtocol, bool kvmZone) => r.State switch
    {
        TemplateDownloadState.Downloaded => "Download Complete",
        TemplateDownloadState.DownloadInProgress => $"{r.Percent}% Downloaded",
        TemplateDownloadState.DownloadError => r.ErrorText ?? "Download failed",
        _ when storeProtocol == "nfs" && kvmZone => WaitingForAgent,
        _ => "Not Downloaded",
    };

    /// <summary>One answer per template copy (store ref), as upstream lists templates per zone.</summary>
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<(VmTemplate Template, TemplateStoreRef Ref)> rows, CancellationToken ct)
    {
        var accountIds = rows.Select(r => r.Template.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var zoneIds = rows.Select(r => r.Ref.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var kvmZones = await db.Clusters.AsNoTracking().Where(c => zoneIds.Contains(c.ZoneId) && c.Hypervisor == Core.Infrastructure.HypervisorType.KVM)
            .Select(c => c.ZoneId).Distinct().ToListAsync(ct);
        var storeIds = rows.Select(r => r.Ref.ImageStoreId).Distinct().ToList();
        var stores = await db.ImageStores.AsNoTracking().Where(s => storeIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var osIds = rows.Select(r => r.Template.OsTypeId).Distinct().ToList();
        var oses = await db.GuestOs.AsNoTracking().Where(o => osIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        return rows.Select(row =>
        {
            var (t, r) = row;
            var account = accounts.GetValueOrDefault(t.AccountId);
            var zone = zones.GetValueOrDefault(r.ZoneId);
            var os = oses.GetValueOrDefault(t.OsTypeId);
            var o = new ApiObject
            {
                { "id", t.Uuid },
                { "name", t.Name },
                { "displaytext", t.DisplayText },
                { "ispublic", t.IsPublic },
                { "created", t.Created },
                { "isready", r.State == TemplateDownloadState.Downloaded },
                { "passwordenabled", t.PasswordEnabled },
                { "format", t.Format },
                { "bootable", true },
                { "isfeatured", t.IsFeatured },
                { "crossZones", false },
                { "ostypeid", os?.Uuid },
                { "ostypename", os?.DisplayName },
                { "account", account?.Name },
                { "accountid", account?.Uuid },
                { "zoneid", zone?.Uuid },
                { "zonename", zone?.Name },
                { "status", Status(r, stores.GetValueOrDefault(r.ImageStoreId)?.Protocol, kvmZones.Contains(r.ZoneId)) },
                { "size", r.Size },
                { "templatetype", t.TemplateType },
                { "hypervisor", t.Hypervisor },
                { "domain", account?.Domain?.Name },
                { "domainid", account?.Domain?.Uuid },
                { "isextractable", t.IsExtractable },
                { "checksum", t.Checksum },
                { "sshkeyenabled", t.SshKeyEnabled },
                { "isdynamicallyscalable", t.DynamicallyScalable },
                { "requireshvm", t.RequiresHvm },
                { "url", t.Url },
                { "bits", t.Bits },
                { "arch", "x86_64" },
            };
            return o;
        }).ToList();
    }
}
