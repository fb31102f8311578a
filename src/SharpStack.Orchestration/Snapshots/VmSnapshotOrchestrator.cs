using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Storage;
using SharpStack.Data;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Snapshots;

/// <summary>
/// Snapshots of whole instances, taken by the instance's host (with memory only while it runs), kept
/// as a chain (each new one's parent is the current one), reverted and deleted through the host.
/// </summary>
public sealed class VmSnapshotOrchestrator(IHostCommandSender hosts, SettingsService settings, EventLog events, UsageEvents usage, TimeProvider time)
{
    public async Task<VmSnapshot> AllocateAsync(CloudDbContext db, VirtualMachine vm, string? name, string? description, bool memory, CancellationToken ct)
    {
        if (vm.State is not (VmState.Running or VmState.Stopped))
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: snapshot it when it is running or stopped");
        }
        if (memory && vm.State != VmState.Running)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is stopped: a snapshot with memory needs a running instance");
        }
        var max = await settings.GetLongAsync(SettingNames.VmSnapshotMax, ct);
        var count = await db.VmSnapshots.CountAsync(s => s.VmId == vm.Id && s.Removed == null, ct);
        if (max > 0 && count >= max)
        {
            throw CloudException.LimitExceeded($"Instance {vm.DisplayName} has {count} snapshots, the most vmsnapshot.max allows: delete one first");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var snapshot = new VmSnapshot
        {
            Name = $"{vm.InstanceName}_VS_{now:yyyyMMddHHmmss}",
            DisplayName = name ?? $"{vm.DisplayName}_VS_{now:yyyyMMddHHmmss}",
            Description = description,
            VmId = vm.Id,
            AccountId = vm.AccountId,
            DomainId = vm.DomainId,
            ZoneId = vm.ZoneId,
            Type = memory ? "DiskAndMemory" : "Disk",
            Created = now,
        };
        db.VmSnapshots.Add(snapshot);
        return snapshot;
    }

    public async Task TakeAsync(CloudDbContext db, VmSnapshot snapshot, EventActor actor, CancellationToken ct)
    {
        var vm = await db.VirtualMachines.AsNoTracking().FirstAsync(v => v.Id == snapshot.VmId, ct);
        snapshot.State = VmSnapshotState.Creating;
        await db.SaveChangesAsync(ct);
        var answer = await SendAsync(db, vm, AgentProtocol.Commands.CreateVmSnapshot, snapshot, ct);
        if (!answer.Ok)
        {
            snapshot.State = VmSnapshotState.Error;
            events.Add(db, actor, EventTypes.VmSnapshotCreate, $"Failed to snapshot instance {vm.DisplayName}: {answer.Error}", "VMSnapshot", snapshot.Uuid, snapshot.DisplayName, Core.Events.EventLevel.Error);
            await db.SaveChangesAsync(ct);
            throw CloudException.Internal($"Unable to snapshot instance {vm.DisplayName}: {answer.Error}");
        }
        var current = await db.VmSnapshots.FirstOrDefaultAsync(s => s.VmId == vm.Id && s.Current && s.Removed == null && s.Id != snapshot.Id, ct);
        if (current is not null)
        {
            current.Current = false;
            snapshot.ParentId = current.Id;
        }
        snapshot.Current = true;
        snapshot.State = VmSnapshotState.Ready;
        events.Add(db, actor, EventTypes.VmSnapshotCreate, $"Took snapshot {snapshot.DisplayName} of instance {vm.DisplayName}", "VMSnapshot", snapshot.Uuid, snapshot.DisplayName);
        usage.VmSnapshot(db, UsageEvents.VmSnapshotCreate, snapshot);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Reverts an instance: a disk-only snapshot needs it stopped and leaves it stopped; one with memory leaves it running.</summary>
    public async Task RevertAsync(CloudDbContext db, VmSnapshot snapshot, VirtualMachine vm, EventActor actor, CancellationToken ct)
    {
        if (snapshot.State != VmSnapshotState.Ready)
        {
            throw CloudException.InvalidParameter($"Snapshot {snapshot.DisplayName} is {snapshot.State}: only a Ready snapshot can be reverted to");
        }
        var memory = snapshot.Type == "DiskAndMemory";
        if (!memory && vm.State != VmState.Stopped)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: stop it to revert to a snapshot without memory");
        }
        if (vm.State is not (VmState.Running or VmState.Stopped))
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: it cannot be reverted now");
        }
        if (memory && vm.State != VmState.Running)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is stopped: start it to revert to a snapshot with memory");
        }
        snapshot.State = VmSnapshotState.Reverting;
        await db.SaveChangesAsync(ct);
        var answer = await SendAsync(db, vm, AgentProtocol.Commands.RevertToVmSnapshot, snapshot, ct);
        snapshot.State = VmSnapshotState.Ready;
        if (!answer.Ok)
        {
            await db.SaveChangesAsync(ct);
            throw CloudException.Internal($"Unable to revert instance {vm.DisplayName} to snapshot {snapshot.DisplayName}: {answer.Error}");
        }
        await db.VmSnapshots.Where(s => s.VmId == vm.Id && s.Id != snapshot.Id && s.Current).ExecuteUpdateAsync(s => s.SetProperty(x => x.Current, false), ct);
        snapshot.Current = true;
        events.Add(db, actor, EventTypes.VmSnapshotRevert, $"Reverted instance {vm.DisplayName} to snapshot {snapshot.DisplayName}", "VMSnapshot", snapshot.Uuid, snapshot.DisplayName);
        await db.SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(CloudDbContext db, VmSnapshot snapshot, EventActor actor, CancellationToken ct)
    {
        if (snapshot.State is not (VmSnapshotState.Ready or VmSnapshotState.Error or VmSnapshotState.Allocated))
        {
            throw CloudException.InvalidParameter($"Snapshot {snapshot.DisplayName} is {snapshot.State}: it cannot be deleted now");
        }
        var vm = await db.VirtualMachines.AsNoTracking().FirstAsync(v => v.Id == snapshot.VmId, ct);
        if (snapshot.State == VmSnapshotState.Ready && vm.Removed is null)
        {
            var answer = await SendAsync(db, vm, AgentProtocol.Commands.DeleteVmSnapshot, snapshot, ct);
            if (!answer.Ok)
            {
                throw CloudException.Internal($"Unable to delete snapshot {snapshot.DisplayName}: {answer.Error}");
            }
        }
        // Children of a deleted snapshot hang from its parent, so the chain stays whole.
        await db.VmSnapshots.Where(s => s.ParentId == snapshot.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ParentId, snapshot.ParentId), ct);
        if (snapshot.Current && snapshot.ParentId is { } parent)
        {
            await db.VmSnapshots.Where(s => s.Id == parent).ExecuteUpdateAsync(s => s.SetProperty(x => x.Current, true), ct);
        }
        await db.ResourceTags.Where(t => t.ResourceType == "VMSnapshot" && t.ResourceId == snapshot.Id).ExecuteDeleteAsync(ct);
        snapshot.Current = false;
        snapshot.State = VmSnapshotState.Removed;
        snapshot.Removed = time.GetUtcNow().UtcDateTime;
        if (snapshot.State == VmSnapshotState.Removed)
        {
            usage.VmSnapshot(db, UsageEvents.VmSnapshotDelete, snapshot);
        }
        events.Add(db, actor, EventTypes.VmSnapshotDelete, $"Deleted snapshot {snapshot.DisplayName} of instance {vm.DisplayName}", "VMSnapshot", snapshot.Uuid, snapshot.DisplayName);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>To the instance's host while it runs; a stopped instance's disks are handled by a host that reaches its root pool.</summary>
    private async Task<HostAnswer> SendAsync(CloudDbContext db, VirtualMachine vm, string command, VmSnapshot snapshot, CancellationToken ct)
    {
        var hostId = vm.HostId;
        if (hostId is null)
        {
            var pool = await db.Volumes.AsNoTracking()
                .Where(v => v.VmId == vm.Id && v.Type == VolumeType.ROOT && v.Removed == null && v.PoolId != null)
                .Join(db.StoragePools.AsNoTracking(), v => v.PoolId, p => p.Id, (_, p) => p)
                .FirstOrDefaultAsync(ct);
            hostId = pool is null ? null : (await PoolAccess.FirstUpHostAsync(db, pool, ct))?.Id;
        }
        if (hostId is null)
        {
            return HostAnswer.Failure($"no Up host can work on the disks of instance {vm.DisplayName}");
        }
        var host = await db.Hosts.AsNoTracking().FirstAsync(h => h.Id == hostId, ct);
        var offering = await db.ServiceOfferings.AsNoTracking().FirstAsync(o => o.Id == vm.ServiceOfferingId, ct);
        var spec = await VmSpecs.BuildAsync(db, vm, offering, ct);
        return await hosts.SendAsync(host, command, new VmSnapshotRequest(vm.InstanceName, snapshot.Name, snapshot.Type == "DiskAndMemory", spec.Disks), ct);
    }
}
