using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Storage;
using SharpStack.Data;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Limits;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Compute;

/// <summary>
/// Data disk operations: attach (placing an Allocated disk on a pool the instance reaches first),
/// detach, resize, migrate between pools and delete. Running instances are told through their
/// host; a step that fails gives back the capacity it took.
/// </summary>
public sealed class VolumeOrchestrator(IHostCommandSender hosts, ResourceLimiter limiter, PoolAccess poolAccess, EventLog events, UsageEvents usage, TimeProvider time)
{
    /// <summary>KVM's limit of disks per instance; device 3 is the CD-ROM, as upstream keeps it.</summary>
    public const int MaxDeviceId = 25;
    public const int CdromDeviceId = 3;

    public async Task AttachAsync(CloudDbContext db, Volume volume, VirtualMachine vm, long? deviceId, EventActor actor, CancellationToken ct)
    {
        if (volume.Type != VolumeType.DATADISK)
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is a root disk: only data disks can be attached");
        }
        if (volume.VmId is not null)
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is already attached to an instance");
        }
        if (volume.State is not (VolumeState.Allocated or VolumeState.Ready or VolumeState.Uploaded))
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is {volume.State}: only an Allocated, Ready or Uploaded volume can be attached");
        }
        if (volume.ZoneId != vm.ZoneId)
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} and instance {vm.DisplayName} are in different zones");
        }
        if (volume.AccountId != vm.AccountId)
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} and instance {vm.DisplayName} belong to different accounts");
        }
        if (vm.State is not (VmState.Running or VmState.Stopped))
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: disks can be attached to running or stopped instances only");
        }
        var used = await db.Volumes.Where(v => v.VmId == vm.Id && v.Removed == null && v.DeviceId != null).Select(v => v.DeviceId!.Value).ToListAsync(ct);
        var device = deviceId ?? Enumerable.Range(1, MaxDeviceId).Select(i => (long)i).FirstOrDefault(i => i != CdromDeviceId && !used.Contains(i));
        if (device == 0)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} has no free device id: at most {MaxDeviceId} disks");
        }
        if (device is < 1 or > MaxDeviceId || device == CdromDeviceId)
        {
            throw CloudException.InvalidParameter($"deviceid {device} is invalid: use 1-{MaxDeviceId} except {CdromDeviceId} (the CD-ROM)");
        }
        if (used.Contains(device))
        {
            throw CloudException.InvalidParameter($"deviceid {device} is already used on instance {vm.DisplayName}");
        }

        var host = vm.HostId is { } hostId ? await db.Hosts.AsNoTracking().FirstAsync(h => h.Id == hostId, ct) : null;
        var placed = false;
        if (volume.PoolId is null)
        {
            var pool = await PlaceAsync(db, volume, vm, host, ct)
                       ?? throw CloudException.InsufficientCapacity($"No storage pool that instance {vm.DisplayName} reaches has room for volume {volume.Name}");
            volume.PoolId = pool.Id;
            volume.Path = volume.Uuid.ToString();
            placed = true;
            if (volume.State == VolumeState.Uploaded)
            {
                await CopyFromStoreAsync(db, volume, pool, host, ct);
            }
            volume.State = VolumeState.Ready;
            await db.SaveChangesAsync(ct);
        }
        if (vm.State == VmState.Running && host is not null)
        {
            var answer = await hosts.SendAsync(host, AgentProtocol.Commands.AttachVolume, new AttachVolumeRequest(vm.InstanceName, await PoolAccess.DiskAsync(db, volume, ct, device)), ct);
            if (!answer.Ok)
            {
                if (placed)
                {
                    await VolumeLifecycle.ReleaseStorageAsync(db, volume, ct);
                    volume.Path = null;
                    volume.State = VolumeState.Allocated;
                    await db.SaveChangesAsync(ct);
                }
                throw CloudException.Internal($"Unable to attach volume {volume.Name} to instance {vm.DisplayName}: {answer.Error}");
            }
        }
        volume.VmId = vm.Id;
        volume.DeviceId = device;
        volume.Attached = time.GetUtcNow().UtcDateTime;
        events.Add(db, actor, EventTypes.VolumeAttach, $"Attached volume {volume.Name} to instance {vm.DisplayName} as device {device}", "Volume", volume.Uuid, volume.Name);
        await db.SaveChangesAsync(ct);
    }

    public async Task DetachAsync(CloudDbContext db, Volume volume, EventActor actor, CancellationToken ct)
    {
        if (volume.VmId is not { } vmId)
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is not attached to an instance");
        }
        if (volume.Type == VolumeType.ROOT)
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is a root disk: it cannot be detached");
        }
        var vm = await db.VirtualMachines.AsNoTracking().FirstAsync(v => v.Id == vmId, ct);
        if (vm.State is not (VmState.Running or VmState.Stopped or VmState.Destroyed or VmState.Error))
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: detach the volume when it is running or stopped");
        }
        if (vm.State == VmState.Running && vm.HostId is { } hostId)
        {
            var host = await db.Hosts.AsNoTracking().FirstAsync(h => h.Id == hostId, ct);
            var answer = await hosts.SendAsync(host, AgentProtocol.Commands.DetachVolume, new AttachVolumeRequest(vm.InstanceName, await PoolAccess.DiskAsync(db, volume, ct)), ct);
            if (!answer.Ok)
            {
                throw CloudException.Internal($"Unable to detach volume {volume.Name} from instance {vm.DisplayName}: {answer.Error}");
            }
        }
        volume.VmId = null;
        volume.DeviceId = null;
        volume.Attached = null;
        events.Add(db, actor, EventTypes.VolumeDetach, $"Detached volume {volume.Name} from instance {vm.DisplayName}", "Volume", volume.Uuid, volume.Name);
        await db.SaveChangesAsync(ct);
    }

    public async Task ResizeAsync(CloudDbContext db, Volume volume, long newSizeBytes, bool shrinkOk, long? newDiskOfferingId, EventActor actor, CancellationToken ct)
    {
        if (volume.State is not (VolumeState.Allocated or VolumeState.Ready))
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is {volume.State}: only an Allocated or Ready volume can be resized");
        }
        var delta = newSizeBytes - volume.SizeBytes;
        if (delta < 0 && !shrinkOk)
        {
            throw CloudException.InvalidParameter($"Shrinking volume {volume.Name} from {volume.SizeBytes >> 30} GB to {newSizeBytes >> 30} GB needs shrinkok=true");
        }
        var vm = volume.VmId is { } vmId ? await db.VirtualMachines.AsNoTracking().FirstAsync(v => v.Id == vmId, ct) : null;
        if (vm is not null && vm.State is not (VmState.Running or VmState.Stopped))
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: resize its volume when it is running or stopped");
        }
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == volume.AccountId, ct);
        if (delta > 0)
        {
            await using var tx = await UnitOfWork.BeginAsync(db, ct);
            await limiter.IncrementAsync(db, account, [(ResourceType.primary_storage, delta)], ct);
            if (volume.PoolId is { } poolId && !await poolAccess.TryTakeAsync(db, poolId, delta, ct))
            {
                throw CloudException.InsufficientCapacity($"Storage pool of volume {volume.Name} has no room for {delta >> 30} GB more");
            }
            await tx.CommitAsync(ct);
        }
        if (vm is { State: VmState.Running, HostId: { } hostId })
        {
            var host = await db.Hosts.AsNoTracking().FirstAsync(h => h.Id == hostId, ct);
            var answer = await hosts.SendAsync(host, AgentProtocol.Commands.ResizeVolume,
                new ResizeVolumeRequest(vm.InstanceName, await PoolAccess.DiskAsync(db, volume, ct), newSizeBytes, delta < 0), ct);
            if (!answer.Ok)
            {
                if (delta > 0)
                {
                    await using var undo = await UnitOfWork.BeginAsync(db, ct);
                    await limiter.DecrementAsync(db, account, [(ResourceType.primary_storage, delta)], ct);
                    if (volume.PoolId is { } poolId)
                    {
                        await CapacityLedger.ReleaseAsync(db, CapacityOwner.Pool(poolId), CapacityType.StorageAllocated, delta, ct);
                    }
                    await undo.CommitAsync(ct);
                }
                throw CloudException.Internal($"Unable to resize volume {volume.Name}: {answer.Error}");
            }
        }
        await using (var tx = await UnitOfWork.BeginAsync(db, ct))
        {
            if (delta < 0)
            {
                await limiter.DecrementAsync(db, account, [(ResourceType.primary_storage, -delta)], ct);
                if (volume.PoolId is { } poolId)
                {
                    await CapacityLedger.ReleaseAsync(db, CapacityOwner.Pool(poolId), CapacityType.StorageAllocated, -delta, ct);
                }
            }
            var oldGb = volume.SizeBytes >> 30;
            volume.SizeBytes = newSizeBytes;
            volume.DiskOfferingId = newDiskOfferingId ?? volume.DiskOfferingId;
            usage.Volume(db, UsageEvents.VolumeResize, volume);
            events.Add(db, actor, EventTypes.VolumeResize, $"Resized volume {volume.Name} from {oldGb} GB to {newSizeBytes >> 30} GB", "Volume", volume.Uuid, volume.Name);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
    }

    public async Task MigrateAsync(CloudDbContext db, Volume volume, StoragePool target, bool live, EventActor actor, CancellationToken ct)
    {
        if (volume.State != VolumeState.Ready || volume.PoolId is not { } sourceId)
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is {volume.State}: only a Ready volume on a pool can be migrated");
        }
        if (target.Id == sourceId)
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is already on storage pool {target.Name}");
        }
        if (target.ZoneId != volume.ZoneId || target.Status != StoragePoolStatus.Up)
        {
            throw CloudException.InvalidParameter($"Storage pool {target.Name} is not an Up pool of the volume's zone");
        }
        var vm = volume.VmId is { } vmId ? await db.VirtualMachines.AsNoTracking().FirstAsync(v => v.Id == vmId, ct) : null;
        Host? host = null;
        if (vm is not null)
        {
            if (vm.State == VmState.Running)
            {
                if (!live)
                {
                    throw CloudException.InvalidParameter($"Volume {volume.Name} is attached to running instance {vm.DisplayName}: pass livemigrate=true");
                }
                host = await db.Hosts.AsNoTracking().FirstAsync(h => h.Id == vm.HostId, ct);
                if (!DeploymentPlanner.Reaches(host, target))
                {
                    throw CloudException.InvalidParameter($"Host {host.Name} of instance {vm.DisplayName} cannot reach storage pool {target.Name}");
                }
            }
            else if (vm.State != VmState.Stopped)
            {
                throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: migrate its volume when it is running or stopped");
            }
        }
        if (!await poolAccess.TryTakeAsync(db, target.Id, volume.SizeBytes, ct))
        {
            throw CloudException.InsufficientCapacity($"Storage pool {target.Name} has no room for volume {volume.Name}");
        }
        var source = await db.StoragePools.AsNoTracking().FirstAsync(p => p.Id == sourceId, ct);
        host ??= await PoolAccess.FirstUpHostAsync(db, source, ct);
        if (host is null)
        {
            await CapacityLedger.ReleaseAsync(db, CapacityOwner.Pool(target.Id), CapacityType.StorageAllocated, volume.SizeBytes, ct);
            throw CloudException.InvalidParameter($"No Up host reaches storage pool {source.Name} to copy volume {volume.Name}");
        }
        var answer = await hosts.SendAsync(host, AgentProtocol.Commands.MigrateVolume,
            new MigrateVolumeRequest(vm?.State == VmState.Running ? vm.InstanceName : null, await PoolAccess.DiskAsync(db, volume, ct), target.Uuid.ToString(), target.Path), ct);
        if (!answer.Ok)
        {
            await CapacityLedger.ReleaseAsync(db, CapacityOwner.Pool(target.Id), CapacityType.StorageAllocated, volume.SizeBytes, ct);
            throw CloudException.Internal($"Unable to migrate volume {volume.Name} to storage pool {target.Name}: {answer.Error}");
        }
        await CapacityLedger.ReleaseAsync(db, CapacityOwner.Pool(sourceId), CapacityType.StorageAllocated, volume.SizeBytes, ct);
        volume.PoolId = target.Id;
        events.Add(db, actor, EventTypes.VolumeMigrate, $"Migrated volume {volume.Name} from storage pool {source.Name} to {target.Name}", "Volume", volume.Uuid, volume.Name);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An uploaded volume's first attach: a host that reaches the pool copies the image from the image store; the store's copy then goes.</summary>
    private async Task CopyFromStoreAsync(CloudDbContext db, Volume volume, StoragePool pool, Host? host, CancellationToken ct)
    {
        host ??= await PoolAccess.FirstUpHostAsync(db, pool, ct);
        var store = volume.ImageStoreId is { } storeId ? await db.ImageStores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storeId, ct) : null;
        var owner = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == volume.AccountId, ct);
        try
        {
            await MoveStorageCountAsync(db, owner, volume.SizeBytes, toPrimary: true, ct);
        }
        catch (CloudException)
        {
            await UnplaceAsync(db, volume, pool, ct);
            throw;
        }
        var answer = host is null || store is null
            ? HostAnswer.Failure($"no Up host reaches storage pool {pool.Name}, or the image store is gone")
            : await hosts.SendAsync(host, AgentProtocol.Commands.CopyToPrimary, new CopyVolumeRequest(await PoolAccess.DiskAsync(db, volume, ct, 0), store.Url, volume.StorePath, volume.Format), ct);
        if (!answer.Ok)
        {
            await MoveStorageCountAsync(db, owner, volume.SizeBytes, toPrimary: false, ct);
            await UnplaceAsync(db, volume, pool, ct);
            throw CloudException.Internal($"Unable to copy uploaded volume {volume.Name} to primary storage: {answer.Error}");
        }
        if (volume.StorePath is { } path && File.Exists(path))
        {
            File.Delete(path);
        }
        volume.ImageStoreId = null;
        volume.StorePath = null;
    }

    private static async Task UnplaceAsync(CloudDbContext db, Volume volume, StoragePool pool, CancellationToken ct)
    {
        await CapacityLedger.ReleaseAsync(db, CapacityOwner.Pool(pool.Id), CapacityType.StorageAllocated, volume.SizeBytes, ct);
        volume.PoolId = null;
        volume.Path = null;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An uploaded volume counts as secondary storage while in the image store and as primary storage once on a pool, as upstream counts it.</summary>
    private async Task MoveStorageCountAsync(CloudDbContext db, Account owner, long bytes, bool toPrimary, CancellationToken ct)
    {
        var (from, to) = toPrimary ? (ResourceType.secondary_storage, ResourceType.primary_storage) : (ResourceType.primary_storage, ResourceType.secondary_storage);
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        await limiter.IncrementAsync(db, owner, [(to, bytes)], ct);
        await limiter.DecrementAsync(db, owner, [(from, bytes)], ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Deletes a detached data disk for good.</summary>
    public async Task DeleteAsync(CloudDbContext db, Volume volume, EventActor actor, CancellationToken ct)
    {
        if (volume.VmId is not null)
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is attached to an instance: detach it first");
        }
        if (volume.State is not (VolumeState.Allocated or VolumeState.Ready or VolumeState.NotUploaded or VolumeState.Uploaded or VolumeState.UploadError))
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is {volume.State}: it cannot be deleted now");
        }
        if (volume.StorePath is { } storePath && File.Exists(storePath))
        {
            File.Delete(storePath);
        }
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        await VolumeLifecycle.ReleaseStorageAsync(db, volume, ct);
        volume.State = VolumeState.Expunged;
        volume.Removed = time.GetUtcNow().UtcDateTime;
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == volume.AccountId, ct);
        var storage = volume.ImageStoreId is null ? ResourceType.primary_storage : ResourceType.secondary_storage;
        await limiter.DecrementAsync(db, account, [(ResourceType.volume, 1), (storage, volume.SizeBytes)], ct);
        events.Add(db, actor, EventTypes.VolumeDelete, $"Deleted volume {volume.Name}", "Volume", volume.Uuid, volume.Name);
        usage.Volume(db, UsageEvents.VolumeDelete, volume);
        await db.ResourceTags.Where(t => t.ResourceType == "Volume" && t.ResourceId == volume.Id).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>A pool for a new disk of an instance: one its host (or its root disk's cluster) reaches, with the disk offering's tags and room.</summary>
    private async Task<StoragePool?> PlaceAsync(CloudDbContext db, Volume volume, VirtualMachine vm, Host? host, CancellationToken ct)
    {
        var rootPool = await db.Volumes.AsNoTracking().Where(v => v.VmId == vm.Id && v.Type == VolumeType.ROOT && v.PoolId != null)
            .Join(db.StoragePools.AsNoTracking(), v => v.PoolId, p => p.Id, (_, p) => p).FirstOrDefaultAsync(ct);
        var tags = volume.DiskOfferingId is { } offeringId
            ? DeploymentPlanner.SplitTags(await db.DiskOfferings.AsNoTracking().Where(o => o.Id == offeringId).Select(o => o.Tags).FirstOrDefaultAsync(ct))
            : [];
        var pools = await db.StoragePools.AsNoTracking().Where(p => p.ZoneId == vm.ZoneId && p.Removed == null && p.Status == StoragePoolStatus.Up).ToListAsync(ct);
        var candidates = pools.Where(p => DeploymentPlanner.HasTags(p.Tags, tags) &&
                                          (host is not null ? DeploymentPlanner.Reaches(host, p)
                                              : p.Scope == StorageScope.ZONE || rootPool is null || p.ClusterId == rootPool.ClusterId))
            .OrderBy(p => p.Scope == StorageScope.ZONE).ThenBy(_ => Random.Shared.Next());
        foreach (var pool in candidates)
        {
            if (await poolAccess.TryTakeAsync(db, pool.Id, volume.SizeBytes, ct))
            {
                return pool;
            }
        }
        return null;
    }
}
