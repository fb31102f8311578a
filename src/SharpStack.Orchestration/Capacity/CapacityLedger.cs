using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Orchestration.Capacity;

/// <summary>Writes the capacity counters of hosts and storage pools in the caller's unit of work.</summary>
public static class CapacityLedger
{
    /// <summary>Writes a host's counters from what it reports, updating the ones it already has (Used stays).</summary>
    public static async Task SetHostAsync(CloudDbContext db, Host host, CancellationToken ct)
    {
        var existing = await db.Capacity.Where(c => c.HostId == host.Id).ToListAsync(ct);
        void Set(CapacityType type, long total)
        {
            var record = existing.FirstOrDefault(c => c.Type == type);
            if (record is null)
            {
                record = new CapacityRecord { Type = type, ZoneId = host.ZoneId, PodId = host.PodId, ClusterId = host.ClusterId, HostId = host.Id };
                db.Capacity.Add(record);
            }
            record.Total = total;
            record.Enabled = IsUsable(host);
        }
        Set(CapacityType.Memory, host.MemoryBytes);
        Set(CapacityType.Cpu, host.CpuNumber * host.CpuSpeed);
        Set(CapacityType.CpuCore, host.CpuNumber);
        if (host.LocalStorageBytes > 0)
        {
            Set(CapacityType.LocalStorage, host.LocalStorageBytes);
        }
    }

    public static void AddPool(CloudDbContext db, StoragePool pool)
    {
        db.Capacity.Add(new CapacityRecord { Type = CapacityType.Storage, ZoneId = pool.ZoneId, PodId = pool.PodId, ClusterId = pool.ClusterId, PoolId = pool.Id, Total = pool.CapacityBytes, Used = pool.UsedBytes });
        db.Capacity.Add(new CapacityRecord { Type = CapacityType.StorageAllocated, ZoneId = pool.ZoneId, PodId = pool.PodId, ClusterId = pool.ClusterId, PoolId = pool.Id, Total = pool.CapacityBytes });
    }

    public static Task RemoveHostAsync(CloudDbContext db, long hostId, CancellationToken ct) =>
        db.Capacity.Where(c => c.HostId == hostId).ExecuteDeleteAsync(ct);

    public static Task RemovePoolAsync(CloudDbContext db, long poolId, CancellationToken ct) =>
        db.Capacity.Where(c => c.PoolId == poolId).ExecuteDeleteAsync(ct);

    /// <summary>A host's capacity counts only while it is Up and enabled for allocation.</summary>
    public static Task SyncHostAsync(CloudDbContext db, Host host, CancellationToken ct)
    {
        var usable = IsUsable(host);
        return db.Capacity.Where(c => c.HostId == host.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Enabled, usable), ct);
    }

    public static Task SyncPoolAsync(CloudDbContext db, StoragePool pool, CancellationToken ct)
    {
        var usable = pool.Status == StoragePoolStatus.Up;
        return db.Capacity.Where(c => c.PoolId == pool.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Enabled, usable), ct);
    }

    public static bool IsUsable(Host host) => host.Status == HostStatus.Up && host.ResourceState == ResourceState.Enabled;
}
