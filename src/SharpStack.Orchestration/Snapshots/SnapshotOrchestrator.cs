using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Storage;
using SharpStack.Data;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Limits;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Snapshots;

/// <summary>
/// Volume snapshots: taken on primary storage by a host that reaches the volume, backed up to the
/// zone's image store, reverted onto the volume, turned into new volumes, deleted. A snapshot counts
/// against its owner (snapshots, and the volume's size as secondary storage) from the moment it is
/// asked for; a snapshot that fails gives its count back.
/// </summary>
public sealed class SnapshotOrchestrator(IHostCommandSender hosts, ResourceLimiter limiter, PoolAccess poolAccess, EventLog events, UsageEvents usage, TimeProvider time)
{
    public static IReadOnlyList<(ResourceType, long)> Usage(Snapshot snapshot) =>
        [(ResourceType.snapshot, 1), (ResourceType.secondary_storage, snapshot.VirtualSizeBytes)];

    /// <summary>Checks that a volume can be snapshotted now and adds the snapshot (Allocated), counted, in the caller's transaction.</summary>
    public async Task<Snapshot> AllocateAsync(CloudDbContext db, Volume volume, string? name, SnapshotType type, long? policyId, CancellationToken ct)
    {
        if (volume.State != VolumeState.Ready || volume.PoolId is null)
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is {volume.State}: only a Ready volume (one that has been attached and created) can be snapshotted");
        }
        if (volume.VmId is { } vmId)
        {
            var state = await db.VirtualMachines.Where(v => v.Id == vmId).Select(v => v.State).FirstAsync(ct);
            if (state is not (VmState.Running or VmState.Stopped or VmState.Destroyed))
            {
                throw CloudException.InvalidParameter($"The instance of volume {volume.Name} is {state}: snapshot it when it is running or stopped");
            }
        }
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == volume.AccountId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var snapshot = new Snapshot
        {
            Name = name ?? $"{volume.Name}_{now:yyyyMMddHHmmss}",
            AccountId = volume.AccountId,
            DomainId = volume.DomainId,
            ZoneId = volume.ZoneId,
            VolumeId = volume.Id,
            Type = type,
            VirtualSizeBytes = volume.SizeBytes,
            PolicyId = policyId,
            Created = now,
        };
        await limiter.IncrementAsync(db, account, Usage(snapshot), ct);
        db.Snapshots.Add(snapshot);
        return snapshot;
    }

    /// <summary>Takes the snapshot on primary storage, then backs it up to the zone's image store.</summary>
    public async Task TakeAsync(CloudDbContext db, Snapshot snapshot, EventActor actor, CancellationToken ct)
    {
        var volume = await db.Volumes.AsNoTracking().FirstAsync(v => v.Id == snapshot.VolumeId, ct);
        snapshot.State = SnapshotState.Creating;
        await db.SaveChangesAsync(ct);
        var (host, instance) = await HostForAsync(db, volume, ct);
        var disk = await PoolAccess.DiskAsync(db, volume, ct);
        var answer = host is null
            ? HostAnswer.Failure($"no Up host reaches the storage pool of volume {volume.Name}")
            : await hosts.SendAsync(host, AgentProtocol.Commands.CreateSnapshot, new SnapshotRequest(snapshot.Uuid.ToString(), instance, disk, null, null), ct);
        if (answer.Ok)
        {
            snapshot.State = SnapshotState.CreatedOnPrimary;
            await db.SaveChangesAsync(ct);
            var store = await db.ImageStores.AsNoTracking().Where(s => s.ZoneId == snapshot.ZoneId && s.Removed == null && !s.ReadOnly).OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
            if (store is not null)
            {
                snapshot.State = SnapshotState.BackingUp;
                await db.SaveChangesAsync(ct);
                var path = $"snapshots/{snapshot.AccountId}/{volume.Id}/{snapshot.Uuid}";
                answer = await hosts.SendAsync(host!, AgentProtocol.Commands.BackupSnapshot, new SnapshotRequest(snapshot.Uuid.ToString(), instance, disk, store.Url, path), ct);
                if (answer.Ok)
                {
                    snapshot.State = SnapshotState.BackedUp;
                    snapshot.ImageStoreId = store.Id;
                    snapshot.InstallPath = path;
                    snapshot.PhysicalSizeBytes = volume.SizeBytes;
                }
            }
        }
        if (!answer.Ok)
        {
            await using var tx = await UnitOfWork.BeginAsync(db, ct);
            snapshot.State = SnapshotState.Error;
            await limiter.DecrementAsync(db, await AccountAsync(db, snapshot, ct), Usage(snapshot), ct);
            events.Add(db, actor, EventTypes.SnapshotCreate, $"Failed to take snapshot {snapshot.Name} of volume {volume.Name}: {answer.Error}", "Snapshot", snapshot.Uuid, snapshot.Name, Core.Events.EventLevel.Error);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            throw CloudException.Internal($"Unable to take snapshot of volume {volume.Name}: {answer.Error}");
        }
        events.Add(db, actor, EventTypes.SnapshotCreate, $"Took snapshot {snapshot.Name} of volume {volume.Name}", "Snapshot", snapshot.Uuid, snapshot.Name);
        usage.Snapshot(db, UsageEvents.SnapshotCreate, snapshot);
        await db.SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(CloudDbContext db, Snapshot snapshot, EventActor actor, CancellationToken ct)
    {
        if (snapshot.State is not (SnapshotState.BackedUp or SnapshotState.CreatedOnPrimary or SnapshotState.Error or SnapshotState.Allocated))
        {
            throw CloudException.InvalidParameter($"Snapshot {snapshot.Name} is {snapshot.State}: it cannot be deleted now");
        }
        var volume = await db.Volumes.AsNoTracking().FirstOrDefaultAsync(v => v.Id == snapshot.VolumeId, ct);
        if (snapshot.State != SnapshotState.Error && volume is not null)
        {
            var (host, instance) = await HostForAsync(db, volume, ct);
            if (host is not null)
            {
                var store = snapshot.ImageStoreId is { } storeId ? await db.ImageStores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storeId, ct) : null;
                var answer = await hosts.SendAsync(host, AgentProtocol.Commands.DeleteSnapshot,
                    new SnapshotRequest(snapshot.Uuid.ToString(), instance, await PoolAccess.DiskAsync(db, volume, ct), store?.Url, snapshot.InstallPath), ct);
                if (!answer.Ok)
                {
                    throw CloudException.Internal($"Unable to delete snapshot {snapshot.Name}: {answer.Error}");
                }
            }
        }
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        if (snapshot.State != SnapshotState.Error)
        {
            await limiter.DecrementAsync(db, await AccountAsync(db, snapshot, ct), Usage(snapshot), ct);
            usage.Snapshot(db, UsageEvents.SnapshotDelete, snapshot);
        }
        await db.ResourceTags.Where(t => t.ResourceType == "Snapshot" && t.ResourceId == snapshot.Id).ExecuteDeleteAsync(ct);
        snapshot.State = SnapshotState.Destroyed;
        snapshot.Removed = time.GetUtcNow().UtcDateTime;
        events.Add(db, actor, EventTypes.SnapshotDelete, $"Deleted snapshot {snapshot.Name}", "Snapshot", snapshot.Uuid, snapshot.Name);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Puts the volume back to the snapshot's content; its instance must be stopped (or it must be detached).</summary>
    public async Task RevertAsync(CloudDbContext db, Snapshot snapshot, EventActor actor, CancellationToken ct)
    {
        if (snapshot.State is not (SnapshotState.BackedUp or SnapshotState.CreatedOnPrimary))
        {
            throw CloudException.InvalidParameter($"Snapshot {snapshot.Name} is {snapshot.State}: only a completed snapshot can be reverted to");
        }
        var volume = await db.Volumes.FirstOrDefaultAsync(v => v.Id == snapshot.VolumeId && v.Removed == null, ct)
                     ?? throw CloudException.InvalidParameter($"The volume of snapshot {snapshot.Name} no longer exists");
        if (volume.State != VolumeState.Ready)
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is {volume.State}: it cannot be reverted now");
        }
        if (volume.VmId is { } vmId && await db.VirtualMachines.Where(v => v.Id == vmId).Select(v => v.State).FirstAsync(ct) != VmState.Stopped)
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} belongs to an instance that is not stopped: stop it to revert the snapshot");
        }
        var (host, _) = await HostForAsync(db, volume, ct);
        // The host reads the backup from the image store it was written to.
        var store = snapshot.ImageStoreId is { } storeId ? await db.ImageStores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storeId, ct) : null;
        var answer = host is null
            ? HostAnswer.Failure($"no Up host reaches the storage pool of volume {volume.Name}")
            : await hosts.SendAsync(host, AgentProtocol.Commands.RevertSnapshot, new SnapshotRequest(snapshot.Uuid.ToString(), null, await PoolAccess.DiskAsync(db, volume, ct), store?.Url, snapshot.InstallPath), ct);
        if (!answer.Ok)
        {
            throw CloudException.Internal($"Unable to revert volume {volume.Name} to snapshot {snapshot.Name}: {answer.Error}");
        }
        events.Add(db, actor, EventTypes.SnapshotRevert, $"Reverted volume {volume.Name} to snapshot {snapshot.Name}", "Snapshot", snapshot.Uuid, snapshot.Name);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Creates a volume's disk on primary storage from a snapshot (for createVolume with snapshotid).</summary>
    public async Task CreateVolumeFromAsync(CloudDbContext db, Snapshot snapshot, Volume volume, EventActor actor, CancellationToken ct)
    {
        var origin = await db.Volumes.AsNoTracking().FirstOrDefaultAsync(v => v.Id == snapshot.VolumeId, ct);
        var originPool = origin?.PoolId is { } originPoolId ? await db.StoragePools.AsNoTracking().FirstOrDefaultAsync(p => p.Id == originPoolId, ct) : null;
        var pools = await db.StoragePools.AsNoTracking().Where(p => p.ZoneId == volume.ZoneId && p.Removed == null && p.Status == StoragePoolStatus.Up).ToListAsync(ct);
        StoragePool? chosen = null;
        foreach (var pool in pools.OrderByDescending(p => originPool is not null && p.ClusterId == originPool.ClusterId).ThenBy(p => p.Id))
        {
            if (await poolAccess.TryTakeAsync(db, pool.Id, volume.SizeBytes, ct))
            {
                chosen = pool;
                break;
            }
        }
        if (chosen is null)
        {
            throw CloudException.InsufficientCapacity($"No storage pool of the zone has room for a {volume.SizeBytes >> 30} GB volume from snapshot {snapshot.Name}");
        }
        volume.PoolId = chosen.Id;
        volume.Path = volume.Uuid.ToString();
        var host = await PoolAccess.FirstUpHostAsync(db, chosen, ct);
        var store = snapshot.ImageStoreId is { } storeId ? await db.ImageStores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storeId, ct) : null;
        var answer = host is null
            ? HostAnswer.Failure($"no Up host reaches storage pool {chosen.Name}")
            : await hosts.SendAsync(host, AgentProtocol.Commands.CopyToPrimary, new SnapshotRequest(snapshot.Uuid.ToString(), null, await PoolAccess.DiskAsync(db, volume, ct), store?.Url, snapshot.InstallPath), ct);
        if (!answer.Ok)
        {
            await CapacityLedger.ReleaseAsync(db, CapacityOwner.Pool(chosen.Id), CapacityType.StorageAllocated, volume.SizeBytes, ct);
            volume.PoolId = null;
            volume.Path = null;
            await db.SaveChangesAsync(ct);
            throw CloudException.Internal($"Unable to create volume {volume.Name} from snapshot {snapshot.Name}: {answer.Error}");
        }
        volume.State = VolumeState.Ready;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The host that works on a volume: its instance's host while running, else an Up host that reaches its pool.</summary>
    private static async Task<(Host? Host, string? Instance)> HostForAsync(CloudDbContext db, Volume volume, CancellationToken ct)
    {
        if (volume.VmId is { } vmId && await db.VirtualMachines.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vmId, ct) is { State: VmState.Running, HostId: { } hostId } vm)
        {
            return (await db.Hosts.AsNoTracking().FirstAsync(h => h.Id == hostId, ct), vm.InstanceName);
        }
        var pool = volume.PoolId is { } poolId ? await db.StoragePools.AsNoTracking().FirstOrDefaultAsync(p => p.Id == poolId, ct) : null;
        if (pool is null)
        {
            return (null, null);
        }
        return (await PoolAccess.FirstUpHostAsync(db, pool, ct), null);
    }

    private static Task<Account> AccountAsync(CloudDbContext db, Snapshot snapshot, CancellationToken ct) =>
        db.Accounts.AsNoTracking().FirstAsync(a => a.Id == snapshot.AccountId, ct);
}
