using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Storage;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Snapshots;

internal static class SnapshotResponses
{
    public static async Task<List<ApiObject>> SnapshotsAsync(CloudDbContext db, IReadOnlyList<Snapshot> snapshots, CancellationToken ct)
    {
        var accountIds = snapshots.Select(s => s.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var volumeIds = snapshots.Select(s => s.VolumeId).Distinct().ToList();
        var volumes = await db.Volumes.AsNoTracking().Where(v => volumeIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var zoneIds = snapshots.Select(s => s.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var storeIds = snapshots.Where(s => s.ImageStoreId != null).Select(s => s.ImageStoreId!.Value).Distinct().ToList();
        var stores = await db.ImageStores.AsNoTracking().Where(s => storeIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var tags = await Tags.TaggableResources.OfAsync(db, "Snapshot", snapshots.Select(s => s.Id).ToList(), ct);
        return snapshots.Select(s =>
        {
            var account = accounts.GetValueOrDefault(s.AccountId);
            var volume = volumes.GetValueOrDefault(s.VolumeId);
            var zone = zones.GetValueOrDefault(s.ZoneId);
            var store = s.ImageStoreId is { } storeId ? stores.GetValueOrDefault(storeId) : null;
            return new ApiObject
            {
                { "id", s.Uuid },
                { "name", s.Name },
                { "account", account?.Name },
                { "domainid", account?.Domain?.Uuid },
                { "domain", account?.Domain?.Name },
                { "domainpath", account?.Domain?.Path },
                { "snapshottype", s.Type is SnapshotType.MANUAL ? "MANUAL" : "RECURRING" },
                { "intervaltype", s.Type is SnapshotType.HOURLY or SnapshotType.DAILY or SnapshotType.WEEKLY or SnapshotType.MONTHLY ? s.Type.ToString() : null },
                { "volumeid", volume?.Uuid },
                { "volumename", volume?.Name },
                { "volumetype", volume?.Type.ToString() },
                { "volumestate", volume?.State.ToString() },
                { "created", s.Created },
                { "state", s.State.ToString() },
                { "locationtype", s.ImageStoreId is null ? "PRIMARY" : "SECONDARY" },
                { "physicalsize", s.PhysicalSizeBytes },
                { "virtualsize", s.VirtualSizeBytes },
                { "zoneid", zone?.Uuid },
                { "zonename", zone?.Name },
                { "revertable", s.State is SnapshotState.BackedUp or SnapshotState.CreatedOnPrimary },
                { "datastoreid", store?.Uuid },
                { "datastorename", store?.Name },
                { "datastoretype", store is null ? null : "Image" },
                { "tags", tags[s.Id].ToList() },
            };
        }).ToList();
    }

    public static async Task<List<ApiObject>> PoliciesAsync(CloudDbContext db, IReadOnlyList<SnapshotPolicy> policies, CancellationToken ct)
    {
        var volumeIds = policies.Select(p => p.VolumeId).Distinct().ToList();
        var volumes = await db.Volumes.AsNoTracking().Where(v => volumeIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        return policies.Select(p => new ApiObject
        {
            { "id", p.Uuid },
            { "volumeid", volumes.GetValueOrDefault(p.VolumeId)?.Uuid },
            { "volumename", volumes.GetValueOrDefault(p.VolumeId)?.Name },
            { "schedule", p.Schedule },
            { "intervaltype", (int)p.Interval },
            { "maxsnaps", p.MaxSnaps },
            { "timezone", p.Timezone },
            { "fordisplay", p.ForDisplay },
            { "tags", new List<ApiObject>() },
        }).ToList();
    }

    public static async Task<List<ApiObject>> VmSnapshotsAsync(CloudDbContext db, IReadOnlyList<VmSnapshot> snapshots, CancellationToken ct)
    {
        var accountIds = snapshots.Select(s => s.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var vmIds = snapshots.Select(s => s.VmId).Distinct().ToList();
        var vms = await db.VirtualMachines.AsNoTracking().Where(v => vmIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var zoneIds = snapshots.Select(s => s.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var parentIds = snapshots.Where(s => s.ParentId != null).Select(s => s.ParentId!.Value).Distinct().ToList();
        var parents = await db.VmSnapshots.AsNoTracking().Where(s => parentIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var tags = await Tags.TaggableResources.OfAsync(db, "VMSnapshot", snapshots.Select(s => s.Id).ToList(), ct);
        return snapshots.Select(s =>
        {
            var account = accounts.GetValueOrDefault(s.AccountId);
            var vm = vms.GetValueOrDefault(s.VmId);
            var parent = s.ParentId is { } parentId ? parents.GetValueOrDefault(parentId) : null;
            return new ApiObject
            {
                { "id", s.Uuid },
                { "name", s.Name },
                { "state", s.State.ToString() },
                { "description", s.Description },
                { "displayname", s.DisplayName },
                { "zoneid", zones.GetValueOrDefault(s.ZoneId)?.Uuid },
                { "zonename", zones.GetValueOrDefault(s.ZoneId)?.Name },
                { "virtualmachineid", vm?.Uuid },
                { "virtualmachinename", vm?.DisplayName },
                { "parent", parent?.Uuid },
                { "parentName", parent?.DisplayName },
                { "current", s.Current },
                { "type", s.Type },
                { "created", s.Created },
                { "account", account?.Name },
                { "domainid", account?.Domain?.Uuid },
                { "domain", account?.Domain?.Name },
                { "domainpath", account?.Domain?.Path },
                { "hypervisor", vm?.Hypervisor },
                { "tags", tags[s.Id].ToList() },
            };
        }).ToList();
    }
}
