using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Core.Images;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Templates;

/// <summary>Upstream's TemplateResponse as listTemplates (template view), listIsos (ISO view) and the update commands build it.</summary>
internal static class TemplateResponses
{
    public const string WaitingForAgent = "Waiting for a host agent to download";

    public static string Status(TemplateStoreRef r, string? storeProtocol, bool kvmZone) => r.State switch
    {
        TemplateDownloadState.Downloaded => "Download Complete",
        TemplateDownloadState.DownloadInProgress => $"{r.Percent}% Downloaded",
        TemplateDownloadState.DownloadError => r.ErrorText ?? "Download failed",
        TemplateDownloadState.UploadPending => "Not Uploaded",
        TemplateDownloadState.UploadInProgress => $"{r.Percent}% Uploaded",
        _ when storeProtocol == "nfs" && kvmZone => WaitingForAgent,
        _ => "Not Downloaded",
    };

    /// <summary>Upstream's ISO status: a ready ISO is "Successfully Installed".</summary>
    public static string IsoStatus(TemplateStoreRef r, string? storeProtocol, bool kvmZone) => r.State switch
    {
        TemplateDownloadState.Downloaded => "Successfully Installed",
        TemplateDownloadState.DownloadInProgress when r.Percent >= 100 => "Installing ISO",
        _ => Status(r, storeProtocol, kvmZone),
    };

    /// <summary>The digest without its "{ALGORITHM}" prefix, as upstream answers it.</summary>
    public static string? ChecksumValue(string? checksum)
    {
        if (checksum is null)
        {
            return null;
        }
        var end = checksum.StartsWith('{') ? checksum.IndexOf('}') : -1;
        return end >= 0 ? checksum[(end + 1)..] : checksum;
    }

    /// <summary>One answer per copy (store ref), as upstream lists templates and ISOs per zone; the ISO view for ISOs.</summary>
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, Caller caller, IReadOnlyList<(VmTemplate Template, TemplateStoreRef Ref)> rows, CancellationToken ct)
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
            var protocol = stores.GetValueOrDefault(r.ImageStoreId)?.Protocol;
            var kvm = kvmZones.Contains(r.ZoneId);
            return t.IsIso
                ? IsoView(caller, t, r, account, zone, os, IsoStatus(r, protocol, kvm))
                : TemplateView(t, r, account, zone, os, Status(r, protocol, kvm));
        }).ToList();
    }

    private static ApiObject TemplateView(VmTemplate t, TemplateStoreRef r, Account? account, Core.Infrastructure.Zone? zone, Core.Compute.GuestOs? os, string status) => new()
    {
        { "id", t.Uuid },
        { "name", t.Name },
        { "displaytext", t.DisplayText },
        { "ispublic", t.IsPublic },
        { "created", t.Created },
        { "isready", r.State == TemplateDownloadState.Downloaded },
        { "passwordenabled", t.PasswordEnabled },
        { "format", t.Format },
        { "bootable", t.Bootable },
        { "isfeatured", t.IsFeatured },
        { "crossZones", false },
        { "ostypeid", os?.Uuid },
        { "ostypename", os?.DisplayName },
        { "account", account?.Name },
        { "accountid", account?.Uuid },
        { "zoneid", zone?.Uuid },
        { "zonename", zone?.Name },
        { "status", status },
        { "size", r.Size },
        { "templatetype", t.TemplateType },
        { "hypervisor", t.Hypervisor },
        { "domain", account?.Domain?.Name },
        { "domainid", account?.Domain?.Uuid },
        { "domainpath", account?.Domain?.Path },
        { "isextractable", t.IsExtractable },
        { "checksum", ChecksumValue(t.Checksum) },
        { "sshkeyenabled", t.SshKeyEnabled },
        { "isdynamicallyscalable", t.DynamicallyScalable },
        { "requireshvm", t.RequiresHvm },
        { "url", t.Url },
        { "bits", t.Bits },
        { "arch", "x86_64" },
    };

    /// <summary>Upstream's ISO view: no format, hypervisor or template type; status and url only for admins and the owner; size once known.</summary>
    private static ApiObject IsoView(Caller caller, VmTemplate t, TemplateStoreRef r, Account? account, Core.Infrastructure.Zone? zone, Core.Compute.GuestOs? os, string status)
    {
        var o = new ApiObject
        {
            { "id", t.Uuid },
            { "name", t.Name },
            { "displaytext", t.DisplayText },
            { "ispublic", t.IsPublic },
            { "isextractable", t.IsExtractable },
            { "created", t.Created },
            { "isdynamicallyscalable", t.DynamicallyScalable },
            { "isready", r.State == TemplateDownloadState.Downloaded },
            { "bootable", t.Bootable },
            { "isfeatured", t.IsFeatured },
            { "crossZones", false },
            { "checksum", ChecksumValue(t.Checksum) },
            { "ostypeid", os?.Uuid },
            { "ostypename", os?.DisplayName },
            { "bits", t.Bits },
            { "passwordenabled", t.PasswordEnabled },
            { "account", account?.Name },
            { "accountid", account?.Uuid },
            { "domainid", account?.Domain?.Uuid },
            { "domain", account?.Domain?.Name },
            { "domainpath", account?.Domain?.Path },
        };
        if (!caller.IsNormalUser || caller.Account.Id == t.AccountId)
        {
            o.Add("status", status);
            o.Add("url", t.Url);
        }
        o.Add("zoneid", zone?.Uuid);
        o.Add("zonename", zone?.Name);
        if (r.Size > 0)
        {
            o.Add("size", r.Size);
        }
        o.Add("directdownload", false);
        o.Add("arch", "x86_64");
        return o;
    }

    /// <summary>What updateTemplate and updateIso answer: upstream's shorter update view, without zone or download state.</summary>
    public static async Task<ApiObject> UpdateViewAsync(CloudDbContext db, VmTemplate t, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().Include(a => a.Domain).FirstOrDefaultAsync(a => a.Id == t.AccountId, ct);
        var os = await db.GuestOs.AsNoTracking().FirstOrDefaultAsync(o => o.Id == t.OsTypeId, ct);
        return new ApiObject
        {
            { "id", t.Uuid },
            { "name", t.Name },
            { "displaytext", t.DisplayText },
            { "ispublic", t.IsPublic },
            { "created", t.Created },
            { "format", t.Format },
            { "ostypeid", os?.Uuid },
            { "ostypename", os?.DisplayName },
            { "bootable", t.Bootable },
            { "hypervisor", t.Hypervisor },
            { "isdynamicallyscalable", t.DynamicallyScalable },
            { "account", account?.Name },
            { "accountid", account?.Uuid },
            { "domainid", account?.Domain?.Uuid },
            { "domain", account?.Domain?.Name },
            { "domainpath", account?.Domain?.Path },
        };
    }
}
