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

    /// <summary>
    /// Takes an amount of one counter of a host or pool if it still fits under Total × factor
    /// (× a threshold); a conditional update, so concurrent takers can never overcommit it.
    /// </summary>
    public static async Task<bool> TryTakeAsync(CloudDbContext db, CapacityOwner owner, CapacityType type, long amount, double limitFactor, CancellationToken ct)
    {
        if (amount <= 0)
        {
            return true;
        }
        var permille = (long)Math.Floor(limitFactor * 1000);
        return await Rows(db, owner, type)
            .Where(c => c.Enabled && (c.Used + c.Reserved + amount) * 1000 <= c.Total * permille)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Used, c => c.Used + amount), ct) == 1;
    }

    /// <summary>Adds to a counter without a limit; answers the rows changed.</summary>
    public static Task<int> AddAsync(CloudDbContext db, CapacityOwner owner, CapacityType type, long amount, CancellationToken ct) =>
        Rows(db, owner, type).ExecuteUpdateAsync(s => s.SetProperty(c => c.Used, c => c.Used + amount), ct);

    /// <summary>Gives an amount back; a counter never goes below zero.</summary>
    public static Task ReleaseAsync(CloudDbContext db, CapacityOwner owner, CapacityType type, long amount, CancellationToken ct) =>
        amount <= 0
            ? Task.CompletedTask
            : Rows(db, owner, type).ExecuteUpdateAsync(s => s.SetProperty(c => c.Used, c => c.Used >= amount ? c.Used - amount : 0), ct);

    private static IQueryable<CapacityRecord> Rows(CloudDbContext db, CapacityOwner owner, CapacityType type) =>
        owner.IsHost
            ? db.Capacity.Where(c => c.HostId == owner.Id && c.Type == type)
            : db.Capacity.Where(c => c.PoolId == owner.Id && c.Type == type);
}

/// <summary>A capacity counter's owner: a host or a storage pool.</summary>
public readonly record struct CapacityOwner(bool IsHost, long Id)
{
    public static CapacityOwner Host(long id) => new(true, id);

    public static CapacityOwner Pool(long id) => new(false, id);
}
