using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Storage;
using SharpStack.Data;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Compute;

/// <summary>
/// What every disk operation needs of primary storage: a host that reaches a pool, the disk as
/// hosts are told about it, and taking a pool's allocated space under its over-provisioning factor
/// and disable threshold.
/// </summary>
public sealed class PoolAccess(SettingsService settings)
{
    /// <summary>The first Up host that reaches the pool (its cluster's, or the zone's for a zone-wide pool).</summary>
    public static Task<Host?> FirstUpHostAsync(CloudDbContext db, StoragePool pool, CancellationToken ct) =>
        db.Hosts.AsNoTracking()
            .Where(h => h.ZoneId == pool.ZoneId && h.Removed == null && h.Status == HostStatus.Up && (pool.Scope == StorageScope.ZONE || h.ClusterId == pool.ClusterId))
            .OrderBy(h => h.Id)
            .FirstOrDefaultAsync(ct);

    public static DiskSpec Disk(Volume volume, StoragePool? pool, long? deviceId = null, string? templatePath = null) =>
        new(volume.Uuid.ToString(), deviceId ?? volume.DeviceId ?? 0, volume.Type.ToString(), volume.SizeBytes, pool?.Uuid.ToString() ?? "", pool?.Path ?? "", volume.Path, templatePath);

    public static async Task<DiskSpec> DiskAsync(CloudDbContext db, Volume volume, CancellationToken ct, long? deviceId = null)
    {
        var pool = volume.PoolId is { } poolId ? await db.StoragePools.AsNoTracking().FirstOrDefaultAsync(p => p.Id == poolId, ct) : null;
        return Disk(volume, pool, deviceId);
    }

    /// <summary>How much of a pool may be allocated: storage.overprovisioning.factor × pool.storage.allocated.capacity.disablethreshold.</summary>
    public async Task<double> AllocationLimitAsync(CancellationToken ct)
    {
        var factor = await settings.GetDoubleAsync(SettingNames.StorageOverprovisioningFactor, ct);
        var threshold = await settings.GetDoubleAsync(SettingNames.PoolAllocatedDisableThreshold, ct);
        return (factor > 0 ? factor : 1) * (threshold is > 0 and <= 1 ? threshold : 1);
    }

    public async Task<bool> TryTakeAsync(CloudDbContext db, long poolId, long bytes, CancellationToken ct) =>
        await CapacityLedger.TryTakeAsync(db, CapacityOwner.Pool(poolId), CapacityType.StorageAllocated, bytes, await AllocationLimitAsync(ct), ct);
}
