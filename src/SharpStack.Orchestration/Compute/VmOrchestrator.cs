using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Events;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Core.Offerings;
using SharpStack.Core.Storage;
using SharpStack.Data;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Limits;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Compute;

/// <summary>
/// Carries out instance lifecycle operations: plans, takes capacity, tells hosts, and moves the
/// instance through its states. Runs outside any long transaction: each step commits on its own,
/// and a failed step gives back what it took, so a crash or error leaves a consistent state.
/// </summary>
public sealed class VmOrchestrator(
    DeploymentPlanner planner,
    IHostCommandSender hosts,
    ResourceLimiter limiter,
    SettingsService settings,
    EventLog events,
    UsageEvents usage,
    Networks.NetworkOrchestrator networks,
    Networks.SecurityGroupOrchestrator securityGroups,
    TimeProvider time)
{
    /// <summary>What a running instance counts against its owner, and what it gives back when destroyed.</summary>
    public static IReadOnlyList<(ResourceType, long)> ComputeUsage(VirtualMachine vm) =>
        [(ResourceType.user_vm, 1), (ResourceType.cpu, vm.CpuNumber), (ResourceType.memory, vm.Memory)];

    public async Task StartAsync(CloudDbContext db, VirtualMachine vm, EventActor actor, long? requiredHostId, bool deploying, CancellationToken ct)
    {
        if (!await VmStates.MoveAsync(db, vm, VmState.Starting, ct, VmState.Stopped))
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: only a stopped instance can be started");
        }
        var offering = await db.ServiceOfferings.AsNoTracking().FirstAsync(o => o.Id == vm.ServiceOfferingId, ct);
        var volumes = await db.Volumes.Where(v => v.VmId == vm.Id && v.Removed == null).OrderBy(v => v.DeviceId).ToListAsync(ct);
        var diskOfferingIds = volumes.Where(v => v.DiskOfferingId != null).Select(v => v.DiskOfferingId!.Value).ToList();
        var diskTags = await db.DiskOfferings.AsNoTracking().Where(d => diskOfferingIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Tags, ct);
        var req = new DeploymentRequirements(
            vm.ZoneId, vm.AccountId, Enum.Parse<HypervisorType>(vm.Hypervisor), vm.CpuNumber, vm.CpuSpeed, vm.Memory,
            DeploymentPlanner.SplitTags(offering.HostTags),
            volumes.Select(v => new VolumeRequirement(v.Id, v.SizeBytes,
                DeploymentPlanner.SplitTags(v.Type == VolumeType.ROOT ? offering.StorageTags : v.DiskOfferingId is { } d && diskTags.TryGetValue(d, out var t) ? t : null),
                v.PoolId)).ToList(),
            requiredHostId,
            vm.LastHostId,
            vm.Id,
            await AffinityRules.GroupsOfAsync(db, vm.Id, ct),
            await Networks.GuestNetworks.RequiredPodAsync(db, vm.Id, ct));

        try
        {
            await networks.PrepareForVmAsync(db, vm, actor, ct);
        }
        catch (CloudException e)
        {
            db.ChangeTracker.Clear();
            db.Attach(vm);
            await GiveUpStartAsync(db, vm, actor, deploying, e.Message, ct);
            throw;
        }

        var avoid = new HashSet<long>();
        var attempts = Math.Max(1, await settings.GetLongAsync(SettingNames.StartRetry, ct));
        string? lastError = null;
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var plan = await planner.PlanAsync(db, req, avoid, ct);
            if (plan is null)
            {
                break;
            }
            foreach (var volume in volumes.Where(v => plan.NewVolumePools.ContainsKey(v.Id)))
            {
                volume.PoolId = plan.NewVolumePools[volume.Id].Id;
                volume.Path = volume.Uuid.ToString();
                volume.State = VolumeState.Ready;
            }
            vm.PodId = plan.Host.PodId;
            await db.SaveChangesAsync(ct);

            var spec = await VmSpecs.BuildAsync(db, vm, offering, ct);
            // The host enforces the instance's security group rules before it boots; a host that cannot is treated as one that cannot start it.
            var answer = await securityGroups.ApplyOnStartAsync(db, vm, plan.Host, ct);
            if (answer.Ok)
            {
                answer = await hosts.SendAsync(plan.Host, AgentProtocol.Commands.StartVm, new StartVmRequest(spec), ct);
            }
            if (answer.Ok)
            {
                await VmStates.MoveAsync(db, vm, VmState.Running, ct, VmState.Starting);
                vm.HostId = plan.Host.Id;
                vm.LastHostId = plan.Host.Id;
                events.Add(db, actor, EventTypes.VmStart, $"Started instance {vm.DisplayName} on host {plan.Host.Name}", "VirtualMachine", vm.Uuid, vm.DisplayName);
                usage.Vm(db, UsageEvents.VmStart, vm);
                await db.SaveChangesAsync(ct);
                await securityGroups.RefreshPeersAsync(db, vm.Id, ct);
                return;
            }
            lastError = answer.Error;
            avoid.Add(plan.Host.Id);
            await db.VirtualMachines.Where(v => v.Id == vm.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.HostId, (long?)null), ct);
            await DeploymentPlanner.ReleaseAsync(db, plan, req, includingStorage: true, ct);
            foreach (var volume in volumes.Where(v => plan.NewVolumePools.ContainsKey(v.Id)))
            {
                volume.PoolId = null;
                volume.Path = null;
                volume.State = VolumeState.Allocated;
            }
            await db.SaveChangesAsync(ct);
        }

        await GiveUpStartAsync(db, vm, actor, deploying, lastError is null ? "no suitable host has the capacity" : $"the last host tried answered: {lastError}", ct);
        throw CloudException.InsufficientCapacity($"Unable to create a deployment for VM instance {vm.Uuid}: {(lastError is null ? "no suitable host has the capacity" : $"the last host tried answered: {lastError}")}");
    }

    /// <summary>An instance that could not start: back to Stopped, or to Error when it was being deployed (its compute usage given back).</summary>
    private async Task GiveUpStartAsync(CloudDbContext db, VirtualMachine vm, EventActor actor, bool deploying, string why, CancellationToken ct)
    {
        vm.PodId = vm.HostId is null ? null : vm.PodId;
        if (deploying)
        {
            // An instance that never started ends in Error; it no longer counts as a running instance.
            await VmStates.MoveAsync(db, vm, VmState.Error, ct, VmState.Starting);
            vm.DestroyedAt = time.GetUtcNow().UtcDateTime;
            usage.Vm(db, UsageEvents.VmDestroy, vm);
            await using var tx = await UnitOfWork.BeginAsync(db, ct);
            await limiter.DecrementAsync(db, await AccountAsync(db, vm, ct), ComputeUsage(vm), ct);
            await tx.CommitAsync(ct);
        }
        else
        {
            await VmStates.MoveAsync(db, vm, VmState.Stopped, ct, VmState.Starting);
        }
        events.Add(db, actor, EventTypes.VmStart, $"Failed to start instance {vm.DisplayName}: {why}", "VirtualMachine", vm.Uuid, vm.DisplayName, EventLevel.Error);
        await db.SaveChangesAsync(ct);
    }

    public async Task StopAsync(CloudDbContext db, VirtualMachine vm, EventActor actor, bool forced, CancellationToken ct)
    {
        if (!await VmStates.MoveAsync(db, vm, VmState.Stopping, ct, VmState.Running))
        {
            if (vm.State == VmState.Stopped)
            {
                return;
            }
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: only a running instance can be stopped");
        }
        var host = vm.HostId is { } hostId ? await db.Hosts.AsNoTracking().FirstOrDefaultAsync(h => h.Id == hostId, ct) : null;
        var answer = host is null ? HostAnswer.Failure("the instance has no host") : await hosts.SendAsync(host, AgentProtocol.Commands.StopVm, new StopVmRequest(vm.InstanceName, forced), ct);
        if (!answer.Ok && !forced)
        {
            await VmStates.MoveAsync(db, vm, VmState.Running, ct, VmState.Stopping);
            throw CloudException.Internal($"Unable to stop instance {vm.DisplayName}: {answer.Error}");
        }
        await VmStates.MoveAsync(db, vm, VmState.Stopped, ct, VmState.Stopping);
        if (vm.HostId is { } running)
        {
            await DeploymentPlanner.ReleaseHostAsync(db, running, vm.CpuNumber, (long)vm.CpuNumber * vm.CpuSpeed, (long)vm.Memory << 20, ct);
        }
        vm.HostId = null;
        events.Add(db, actor, EventTypes.VmStop, $"Stopped instance {vm.DisplayName}", "VirtualMachine", vm.Uuid, vm.DisplayName);
        usage.Vm(db, UsageEvents.VmStop, vm);
        await db.SaveChangesAsync(ct);
        await securityGroups.RefreshPeersAsync(db, vm.Id, ct);
    }

    public async Task RebootAsync(CloudDbContext db, VirtualMachine vm, EventActor actor, CancellationToken ct)
    {
        if (vm.State != VmState.Running || vm.HostId is not { } hostId)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: only a running instance can be rebooted");
        }
        var host = await db.Hosts.AsNoTracking().FirstAsync(h => h.Id == hostId, ct);
        var answer = await hosts.SendAsync(host, AgentProtocol.Commands.RebootVm, new RebootVmRequest(vm.InstanceName), ct);
        if (!answer.Ok)
        {
            throw CloudException.Internal($"Unable to reboot instance {vm.DisplayName}: {answer.Error}");
        }
        events.Add(db, actor, EventTypes.VmReboot, $"Rebooted instance {vm.DisplayName}", "VirtualMachine", vm.Uuid, vm.DisplayName);
        await db.SaveChangesAsync(ct);
    }

    public async Task MigrateAsync(CloudDbContext db, VirtualMachine vm, Host destination, EventActor actor, CancellationToken ct)
    {
        if (vm.State != VmState.Running || vm.HostId is not { } sourceId)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: only a running instance can be migrated live");
        }
        if (destination.Id == sourceId)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} already runs on host {destination.Name}");
        }
        var source = await db.Hosts.AsNoTracking().FirstAsync(h => h.Id == sourceId, ct);
        await EnsureMigrationTargetAsync(db, vm, source, destination, ct);
        var offering = await db.ServiceOfferings.AsNoTracking().FirstAsync(o => o.Id == vm.ServiceOfferingId, ct);
        var req = new DeploymentRequirements(vm.ZoneId, vm.AccountId, destination.Hypervisor, vm.CpuNumber, vm.CpuSpeed, vm.Memory, [], []);
        if (!await planner.TryTakeHostAsync(db, destination.Id, req, ct))
        {
            throw CloudException.InsufficientCapacity($"Host {destination.Name} does not have the capacity for instance {vm.DisplayName}");
        }
        if (!await VmStates.MoveAsync(db, vm, VmState.Migrating, ct, VmState.Running))
        {
            await DeploymentPlanner.ReleaseHostAsync(db, destination.Id, req.CpuNumber, req.CpuMhz, req.MemoryBytes, ct);
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is no longer running");
        }
        var spec = await VmSpecs.BuildAsync(db, vm, offering, ct);
        var answer = await hosts.SendAsync(destination, AgentProtocol.Commands.PrepareForMigration, new StartVmRequest(spec), ct);
        if (answer.Ok)
        {
            answer = await hosts.SendAsync(source, AgentProtocol.Commands.MigrateVm, new MigrateVmRequest(vm.InstanceName, destination.IpAddress, spec), ct);
        }
        if (!answer.Ok)
        {
            await DeploymentPlanner.ReleaseHostAsync(db, destination.Id, req.CpuNumber, req.CpuMhz, req.MemoryBytes, ct);
            await VmStates.MoveAsync(db, vm, VmState.Running, ct, VmState.Migrating);
            throw CloudException.Internal($"Unable to migrate instance {vm.DisplayName} to host {destination.Name}: {answer.Error}");
        }
        await DeploymentPlanner.ReleaseHostAsync(db, source.Id, req.CpuNumber, req.CpuMhz, req.MemoryBytes, ct);
        vm.HostId = destination.Id;
        vm.LastHostId = destination.Id;
        vm.PodId = destination.PodId;
        await VmStates.MoveAsync(db, vm, VmState.Running, ct, VmState.Migrating);
        events.Add(db, actor, EventTypes.VmMigrate, $"Migrated instance {vm.DisplayName} from host {source.Name} to host {destination.Name}", "VirtualMachine", vm.Uuid, vm.DisplayName);
        await db.SaveChangesAsync(ct);
        await securityGroups.RefreshAsync(db, [vm.Id], ct);
    }

    /// <summary>A live migration target: another Up, enabled host of the same hypervisor that reaches every disk of the instance.</summary>
    public static async Task EnsureMigrationTargetAsync(CloudDbContext db, VirtualMachine vm, Host source, Host destination, CancellationToken ct)
    {
        if (destination.Status != HostStatus.Up || destination.ResourceState != ResourceState.Enabled)
        {
            throw CloudException.InvalidParameter($"Host {destination.Name} is {destination.Status}/{destination.ResourceState}: it cannot take instances");
        }
        if (destination.Hypervisor != source.Hypervisor)
        {
            throw CloudException.InvalidParameter($"Host {destination.Name} runs {destination.Hypervisor}, the instance runs on {source.Hypervisor}");
        }
        var poolIds = await db.Volumes.AsNoTracking().Where(v => v.VmId == vm.Id && v.Removed == null && v.PoolId != null).Select(v => v.PoolId!.Value).ToListAsync(ct);
        var pools = await db.StoragePools.AsNoTracking().Where(p => poolIds.Contains(p.Id)).ToListAsync(ct);
        if (pools.FirstOrDefault(p => !DeploymentPlanner.Reaches(destination, p)) is { } unreachable)
        {
            throw CloudException.InvalidParameter($"Host {destination.Name} cannot reach storage pool {unreachable.Name} of the instance: migrate it within its cluster");
        }
    }

    /// <summary>Destroys an instance: stops it, marks its root disk for deletion and detaches data disks; expunges at once if asked.</summary>
    public async Task DestroyAsync(CloudDbContext db, VirtualMachine vm, EventActor actor, bool expunge, CancellationToken ct)
    {
        if (vm.State == VmState.Running)
        {
            await StopAsync(db, vm, actor, await settings.GetBoolAsync(SettingNames.VmDestroyForceStop, ct), ct);
        }
        var wasError = vm.State == VmState.Error;
        if (vm.State != VmState.Destroyed)
        {
            if (!await VmStates.MoveAsync(db, vm, VmState.Destroyed, ct, VmState.Stopped, VmState.Error))
            {
                throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: it cannot be destroyed now");
            }
            await using var tx = await UnitOfWork.BeginAsync(db, ct);
            var volumes = await db.Volumes.Where(v => v.VmId == vm.Id && v.Removed == null).ToListAsync(ct);
            foreach (var volume in volumes)
            {
                if (volume.Type == VolumeType.ROOT)
                {
                    volume.State = VolumeState.Destroy;
                }
                else
                {
                    volume.VmId = null;
                    volume.DeviceId = null;
                    volume.Attached = null;
                }
            }
            vm.DestroyedAt = time.GetUtcNow().UtcDateTime;
            if (!wasError)
            {
                await limiter.DecrementAsync(db, await AccountAsync(db, vm, ct), ComputeUsage(vm), ct);
                usage.Vm(db, UsageEvents.VmDestroy, vm);
            }
            events.Add(db, actor, EventTypes.VmDestroy, $"Destroyed instance {vm.DisplayName}", "VirtualMachine", vm.Uuid, vm.DisplayName);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        if (expunge)
        {
            await ExpungeAsync(db, vm, actor, ct);
        }
    }

    public async Task RecoverAsync(CloudDbContext db, VirtualMachine vm, EventActor actor, CancellationToken ct)
    {
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        if (!await VmStates.MoveAsync(db, vm, VmState.Stopped, ct, VmState.Destroyed))
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: only a destroyed instance can be recovered");
        }
        await limiter.IncrementAsync(db, await AccountAsync(db, vm, ct), ComputeUsage(vm), ct);
        vm.DestroyedAt = null;
        await db.Volumes.Where(v => v.VmId == vm.Id && v.Type == VolumeType.ROOT && v.State == VolumeState.Destroy)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.State, v => v.PoolId == null ? VolumeState.Allocated : VolumeState.Ready), ct);
        events.Add(db, actor, EventTypes.VmRecover, $"Recovered instance {vm.DisplayName}", "VirtualMachine", vm.Uuid, vm.DisplayName);
        usage.Vm(db, UsageEvents.VmCreate, vm);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Removes a destroyed (or failed) instance for good: its disks, its addresses, its record.</summary>
    public async Task ExpungeAsync(CloudDbContext db, VirtualMachine vm, EventActor actor, CancellationToken ct)
    {
        if (!await VmStates.MoveAsync(db, vm, VmState.Expunging, ct, VmState.Destroyed, VmState.Error))
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: only a destroyed instance can be expunged");
        }
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var volumes = await db.Volumes.Where(v => v.VmId == vm.Id && v.Removed == null).ToListAsync(ct);
        foreach (var volume in volumes)
        {
            await VolumeLifecycle.ReleaseStorageAsync(db, volume, ct);
            volume.State = VolumeState.Expunged;
            volume.Removed = now;
            volume.VmId = null;
            usage.Volume(db, UsageEvents.VolumeDelete, volume);
        }
        var account = await AccountAsync(db, vm, ct);
        await limiter.DecrementAsync(db, account, [(ResourceType.volume, volumes.Count), (ResourceType.primary_storage, volumes.Sum(v => v.SizeBytes))], ct);
        var networkIds = await db.Nics.Where(n => n.VmId == vm.Id).Select(n => n.NetworkId).Distinct().ToListAsync(ct);
        await db.Nics.Where(n => n.VmId == vm.Id).ExecuteDeleteAsync(ct);
        await db.AffinityGroupMembers.Where(m => m.VmId == vm.Id).ExecuteDeleteAsync(ct);
        await Networks.SecurityGroupMembership.ForgetVmAsync(db, vm.Id, ct);
        await db.VmSnapshots.Where(s => s.VmId == vm.Id && s.Removed == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.State, VmSnapshotState.Removed).SetProperty(x => x.Removed, now).SetProperty(x => x.Current, false), ct);
        var volumeIds = volumes.Select(v => v.Id).ToList();
        await db.ResourceTags.Where(t => (t.ResourceType == "UserVm" && t.ResourceId == vm.Id) || (t.ResourceType == "Volume" && volumeIds.Contains(t.ResourceId))).ExecuteDeleteAsync(ct);
        vm.Removed = now;
        vm.HostId = null;
        events.Add(db, actor, EventTypes.VmExpunge, $"Expunged instance {vm.DisplayName}", "VirtualMachine", vm.Uuid, vm.DisplayName);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await networks.ForgetVmAsync(db, vm.Id, networkIds, ct);
    }

    private static Task<Account> AccountAsync(CloudDbContext db, VirtualMachine vm, CancellationToken ct) =>
        db.Accounts.AsNoTracking().FirstAsync(a => a.Id == vm.AccountId, ct);
}
