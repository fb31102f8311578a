using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Responses;
using SharpStack.Core.Storage;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Volumes;

internal static class VolumeResponses
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, Caller caller, IReadOnlyList<Volume> volumes, CancellationToken ct)
    {
        var accountIds = volumes.Select(v => v.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var zoneIds = volumes.Select(v => v.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var vmIds = volumes.Where(v => v.VmId != null).Select(v => v.VmId!.Value).Distinct().ToList();
        var vms = await db.VirtualMachines.AsNoTracking().Where(v => vmIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var poolIds = volumes.Where(v => v.PoolId != null).Select(v => v.PoolId!.Value).Distinct().ToList();
        var pools = await db.StoragePools.AsNoTracking().Where(p => poolIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var offeringIds = volumes.Where(v => v.DiskOfferingId != null).Select(v => v.DiskOfferingId!.Value).Distinct().ToList();
        var offerings = await db.DiskOfferings.AsNoTracking().Where(o => offeringIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var serviceOfferingIds = vms.Values.Select(v => v.ServiceOfferingId).Distinct().ToList();
        var serviceOfferings = await db.ServiceOfferings.AsNoTracking().Where(o => serviceOfferingIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var templateIds = volumes.Where(v => v.TemplateId != null).Select(v => v.TemplateId!.Value).Distinct().ToList();
        var templates = await db.VmTemplates.AsNoTracking().Where(t => templateIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var tags = await Tags.TaggableResources.OfAsync(db, "Volume", volumes.Select(v => v.Id).ToList(), ct);
        return volumes.Select(v =>
        {
            var account = accounts.GetValueOrDefault(v.AccountId);
            var vm = v.VmId is { } vmId ? vms.GetValueOrDefault(vmId) : null;
            var pool = v.PoolId is { } poolId ? pools.GetValueOrDefault(poolId) : null;
            var offering = v.DiskOfferingId is { } o ? offerings.GetValueOrDefault(o) : null;
            var serviceOffering = vm is not null && v.Type == VolumeType.ROOT ? serviceOfferings.GetValueOrDefault(vm.ServiceOfferingId) : null;
            var template = v.TemplateId is { } t ? templates.GetValueOrDefault(t) : null;
            var obj = new ApiObject
            {
                { "id", v.Uuid },
                { "name", v.Name },
                { "zoneid", zones.GetValueOrDefault(v.ZoneId)?.Uuid },
                { "zonename", zones.GetValueOrDefault(v.ZoneId)?.Name },
                { "type", v.Type.ToString() },
                { "deviceid", v.DeviceId },
                { "virtualmachineid", vm?.Uuid },
                { "vmname", vm?.Name },
                { "vmdisplayname", vm?.DisplayName },
                { "vmstate", vm?.State.ToString() },
                { "provisioningtype", v.ProvisioningType },
                { "size", v.SizeBytes },
                { "created", v.Created },
                { "attached", v.Attached },
                { "state", v.State.ToString() },
                { "account", account?.Name },
                { "domainid", account?.Domain?.Uuid },
                { "domain", account?.Domain?.Name },
                { "domainpath", account?.Domain?.Path },
                { "storagetype", "shared" },
                { "hypervisor", vm?.Hypervisor ?? pool?.Hypervisor?.ToString() },
                { "diskofferingid", offering?.Uuid },
                { "diskofferingname", offering?.Name },
                { "diskofferingdisplaytext", offering?.DisplayText },
                { "serviceofferingid", serviceOffering?.Uuid },
                { "serviceofferingname", serviceOffering?.Name },
                { "serviceofferingdisplaytext", serviceOffering?.DisplayText },
                { "templateid", template?.Uuid },
                { "templatename", template?.Name },
                { "templatedisplaytext", template?.DisplayText },
                { "destroyed", v.State == VolumeState.Destroy },
                { "isextractable", true },
                { "displayvolume", true },
                { "tags", tags[v.Id].ToList() },
            };
            if (UploadStatus(v) is { } status)
            {
                obj.Add("status", status);
            }
            if (caller.IsRootAdmin)
            {
                obj.Add("storageid", pool?.Uuid);
                obj.Add("storage", pool?.Name);
                obj.Add("path", v.Path);
            }
            return obj;
        }).ToList();
    }

    /// <summary>Upstream's status of a volume coming into the image store: download progress, or why it failed.</summary>
    private static string? UploadStatus(Volume v) => v.State switch
    {
        VolumeState.UploadOp when v.DownloadStarted is null => "Processing",
        VolumeState.UploadOp => $"{v.DownloadPercent}% Downloaded",
        VolumeState.Uploaded => "Download Complete",
        VolumeState.UploadError => v.UploadError,
        _ => null,
    };
}
