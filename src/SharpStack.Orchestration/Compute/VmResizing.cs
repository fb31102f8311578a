using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Offerings;
using SharpStack.Data;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Limits;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Compute;

/// <summary>
/// Changes an instance's compute offering: a stopped one simply takes the new size; a running one
/// scales up in place on its host (the extra CPU and memory taken there first), as upstream's
/// dynamic scaling does.
/// </summary>
public sealed class VmResizing(IHostCommandSender hosts, ResourceLimiter limiter, SettingsService settings, EventLog events, UsageEvents usage)
{
    public async Task ChangeOfferingAsync(CloudDbContext db, VirtualMachine vm, ServiceOffering offering, int cpuNumber, int cpuSpeed, int memory, EventActor actor, CancellationToken ct)
    {
        if (offering.Id == vm.ServiceOfferingId && cpuNumber == vm.CpuNumber && cpuSpeed == vm.CpuSpeed && memory == vm.Memory)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} already has this offering and size");
        }
        var current = await db.ServiceOfferings.AsNoTracking().FirstAsync(o => o.Id == vm.ServiceOfferingId, ct);
        if (!string.Equals(current.StorageType, offering.StorageType, StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter($"Offering {offering.Name} uses {offering.StorageType} storage, the instance's disks are on {current.StorageType} storage");
        }
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == vm.AccountId, ct);
        var cpuDelta = cpuNumber - vm.CpuNumber;
        var memDelta = memory - vm.Memory;
        if (vm.State == VmState.Running)
        {
            await ScaleRunningAsync(db, vm, offering, cpuNumber, cpuSpeed, memory, account, ct);
        }
        else if (vm.State == VmState.Stopped)
        {
            await using var tx = await UnitOfWork.BeginAsync(db, ct);
            await limiter.IncrementAsync(db, account, [(ResourceType.cpu, Math.Max(0, cpuDelta)), (ResourceType.memory, Math.Max(0, memDelta))], ct);
            await limiter.DecrementAsync(db, account, [(ResourceType.cpu, Math.Max(0, -cpuDelta)), (ResourceType.memory, Math.Max(0, -memDelta))], ct);
            Apply(vm, offering, cpuNumber, cpuSpeed, memory);
            events.Add(db, actor, EventTypes.VmUpgrade, $"Changed the offering of instance {vm.DisplayName} to {offering.Name}", "VirtualMachine", vm.Uuid, vm.DisplayName);
            usage.Vm(db, UsageEvents.VmUpgrade, vm);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return;
        }
        else
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: change its offering when it is stopped or running");
        }
        events.Add(db, actor, EventTypes.VmDynamicScale, $"Scaled instance {vm.DisplayName} to offering {offering.Name}", "VirtualMachine", vm.Uuid, vm.DisplayName);
        usage.Vm(db, UsageEvents.VmDynamicScale, vm);
        await db.SaveChangesAsync(ct);
    }

    private async Task ScaleRunningAsync(CloudDbContext db, VirtualMachine vm, ServiceOffering offering, int cpuNumber, int cpuSpeed, int memory, Account account, CancellationToken ct)
    {
        var template = await db.VmTemplates.AsNoTracking().FirstAsync(t => t.Id == vm.TemplateId, ct);
        if (!offering.DynamicScalingEnabled || !template.DynamicallyScalable)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is running and cannot scale in place (its template or the offering is not dynamically scalable): stop it first");
        }
        if (cpuNumber < vm.CpuNumber || memory < vm.Memory || cpuSpeed < vm.CpuSpeed)
        {
            throw CloudException.InvalidParameter($"A running instance can only scale up: stop instance {vm.DisplayName} to scale it down");
        }
        var hostId = vm.HostId ?? throw CloudException.Internal($"Running instance {vm.DisplayName} has no host");
        var cpuExtra = (long)cpuNumber * cpuSpeed - (long)vm.CpuNumber * vm.CpuSpeed;
        var memExtra = ((long)memory - vm.Memory) << 20;
        await using (var tx = await UnitOfWork.BeginAsync(db, ct))
        {
            await limiter.IncrementAsync(db, account, [(ResourceType.cpu, cpuNumber - vm.CpuNumber), (ResourceType.memory, memory - vm.Memory)], ct);
            var cpuFactor = Math.Max(1, await settings.GetDoubleAsync(SettingNames.CpuOverprovisioningFactor, ct));
            var memFactor = Math.Max(1, await settings.GetDoubleAsync(SettingNames.MemOverprovisioningFactor, ct));
            if (!await CapacityLedger.TryTakeAsync(db, CapacityOwner.Host(hostId), CapacityType.Cpu, cpuExtra, cpuFactor, ct) ||
                !await CapacityLedger.TryTakeAsync(db, CapacityOwner.Host(hostId), CapacityType.Memory, memExtra, memFactor, ct))
            {
                throw CloudException.InsufficientCapacity($"The host of instance {vm.DisplayName} has no room to scale it: stop it and change its offering, or migrate it first");
            }
            await CapacityLedger.AddAsync(db, CapacityOwner.Host(hostId), CapacityType.CpuCore, cpuNumber - vm.CpuNumber, ct);
            await tx.CommitAsync(ct);
        }
        var host = await db.Hosts.AsNoTracking().FirstAsync(h => h.Id == hostId, ct);
        var answer = await hosts.SendAsync(host, AgentProtocol.Commands.ScaleVm, new ScaleVmRequest(vm.InstanceName, cpuNumber, cpuSpeed, (long)memory << 20), ct);
        if (!answer.Ok)
        {
            await using var undo = await UnitOfWork.BeginAsync(db, ct);
            await limiter.DecrementAsync(db, account, [(ResourceType.cpu, cpuNumber - vm.CpuNumber), (ResourceType.memory, memory - vm.Memory)], ct);
            await CapacityLedger.ReleaseAsync(db, CapacityOwner.Host(hostId), CapacityType.Cpu, cpuExtra, ct);
            await CapacityLedger.ReleaseAsync(db, CapacityOwner.Host(hostId), CapacityType.Memory, memExtra, ct);
            await CapacityLedger.ReleaseAsync(db, CapacityOwner.Host(hostId), CapacityType.CpuCore, cpuNumber - vm.CpuNumber, ct);
            await undo.CommitAsync(ct);
            throw CloudException.Internal($"Unable to scale instance {vm.DisplayName}: {answer.Error}");
        }
        Apply(vm, offering, cpuNumber, cpuSpeed, memory);
    }

    private static void Apply(VirtualMachine vm, ServiceOffering offering, int cpuNumber, int cpuSpeed, int memory)
    {
        vm.ServiceOfferingId = offering.Id;
        vm.CpuNumber = cpuNumber;
        vm.CpuSpeed = cpuSpeed;
        vm.Memory = memory;
        vm.HaEnabled = offering.OfferHa;
    }
}
