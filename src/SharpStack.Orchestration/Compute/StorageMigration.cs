using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Storage;
using SharpStack.Data;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Compute;

/// <summary>
/// Live migration with storage (migrateVirtualMachineWithVolume): the instance moves to a host,
/// possibly in another cluster, and each disk the destination cannot reach moves to a pool it can
/// (the one asked for, or one with room and the disk's tags).
/// </summary>
public sealed class StorageMigration(DeploymentPlanner planner, IHostCommandSender hosts, PoolAccess poolAccess, EventLog events)
{
    public async Task MigrateAsync(CloudDbContext db, VirtualMachine vm, Host destination, IReadOnlyDictionary<long, StoragePool> requested, EventActor actor, CancellationToken ct)
    {
        if (vm.State != VmState.Running || vm.HostId is not { } sourceId)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: only a running instance can be migrated live");
        }
        var source = await db.Hosts.AsNoTracking().FirstAsync(h => h.Id == sourceId, ct);
        if (destination.Id == sourceId || destination.Status != HostStatus.Up || destination.ResourceState != ResourceState.Enabled ||
            destination.Hypervisor != source.Hypervisor || destination.ZoneId != source.ZoneId)
        {
            throw CloudException.InvalidParameter($"Host {destination.Name} cannot take instance {vm.DisplayName}: it must be another Up, enabled host of the same hypervisor and zone");
        }
        var volumes = await db.Volumes.Where(v => v.VmId == vm.Id && v.Removed == null && v.PoolId != null).ToListAsync(ct);
        if (requested.Keys.FirstOrDefault(id => volumes.All(v => v.Id != id)) is var stray && stray != 0)
        {
            throw CloudException.InvalidParameter("migrateto names a volume that is not a disk of the instance");
        }
        var pools = await db.StoragePools.AsNoTracking().Where(p => p.ZoneId == vm.ZoneId && p.Removed == null && p.Status == StoragePoolStatus.Up).ToListAsync(ct);
        var offering = await db.ServiceOfferings.AsNoTracking().FirstAsync(o => o.Id == vm.ServiceOfferingId, ct);
        var taken = new List<(Volume Volume, StoragePool Pool)>();
        var req = new DeploymentRequirements(vm.ZoneId, vm.AccountId, destination.Hypervisor, vm.CpuNumber, vm.CpuSpeed, vm.Memory, [], []);
        try
        {
            foreach (var volume in volumes)
            {
                var current = pools.FirstOrDefault(p => p.Id == volume.PoolId);
                StoragePool? target = requested.TryGetValue(volume.Id, out var asked) ? asked : null;
                if (target is null && current is not null && DeploymentPlanner.Reaches(destination, current))
                {
                    continue;
                }
                var tags = DeploymentPlanner.SplitTags(volume.Type == VolumeType.ROOT ? offering.StorageTags : null);
                var candidates = target is not null ? [target] : pools.Where(p => DeploymentPlanner.Reaches(destination, p) && DeploymentPlanner.HasTags(p.Tags, tags)).ToList();
                if (target is not null && (!DeploymentPlanner.Reaches(destination, target) || target.Id == volume.PoolId))
                {
                    throw CloudException.InvalidParameter($"Storage pool {target.Name} is not a new pool host {destination.Name} reaches");
                }
                StoragePool? chosen = null;
                foreach (var pool in candidates)
                {
                    if (await poolAccess.TryTakeAsync(db, pool.Id, volume.SizeBytes, ct))
                    {
                        chosen = pool;
                        break;
                    }
                }
                taken.Add((volume, chosen ?? throw CloudException.InsufficientCapacity($"No storage pool host {destination.Name} reaches has room for volume {volume.Name}")));
            }
            if (!await planner.TryTakeHostAsync(db, destination.Id, req, ct))
            {
                throw CloudException.InsufficientCapacity($"Host {destination.Name} does not have the capacity for instance {vm.DisplayName}");
            }
        }
        catch (CloudException)
        {
            foreach (var (volume, pool) in taken)
            {
                await CapacityLedger.ReleaseAsync(db, CapacityOwner.Pool(pool.Id), CapacityType.StorageAllocated, volume.SizeBytes, ct);
            }
            throw;
        }

        await VmStates.MoveAsync(db, vm, VmState.Migrating, ct, VmState.Running);
        var spec = await VmSpecs.BuildAsync(db, vm, offering, ct);
        var answer = await hosts.SendAsync(source, AgentProtocol.Commands.MigrateWithStorage,
            new MigrateWithStorageRequest(vm.InstanceName, destination.IpAddress, spec, taken.ToDictionary(t => t.Volume.Uuid.ToString(), t => t.Pool.Uuid.ToString())), ct);
        if (!answer.Ok)
        {
            foreach (var (volume, pool) in taken)
            {
                await CapacityLedger.ReleaseAsync(db, CapacityOwner.Pool(pool.Id), CapacityType.StorageAllocated, volume.SizeBytes, ct);
            }
            await DeploymentPlanner.ReleaseHostAsync(db, destination.Id, req.CpuNumber, req.CpuMhz, req.MemoryBytes, ct);
            await VmStates.MoveAsync(db, vm, VmState.Running, ct, VmState.Migrating);
            throw CloudException.Internal($"Unable to migrate instance {vm.DisplayName} with its storage to host {destination.Name}: {answer.Error}");
        }
        foreach (var (volume, pool) in taken)
        {
            await CapacityLedger.ReleaseAsync(db, CapacityOwner.Pool(volume.PoolId!.Value), CapacityType.StorageAllocated, volume.SizeBytes, ct);
            volume.PoolId = pool.Id;
        }
        await DeploymentPlanner.ReleaseHostAsync(db, source.Id, req.CpuNumber, req.CpuMhz, req.MemoryBytes, ct);
        vm.HostId = destination.Id;
        vm.LastHostId = destination.Id;
        vm.PodId = destination.PodId;
        await VmStates.MoveAsync(db, vm, VmState.Running, ct, VmState.Migrating);
        events.Add(db, actor, EventTypes.VmMigrate,
            $"Migrated instance {vm.DisplayName} from host {source.Name} to host {destination.Name}, moving {taken.Count} disk(s)", "VirtualMachine", vm.Uuid, vm.DisplayName);
        await db.SaveChangesAsync(ct);
    }
}
