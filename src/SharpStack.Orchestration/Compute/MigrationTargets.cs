using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Compute;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Compute;

/// <summary>Hosts a running instance could move to live: same zone and hypervisor, Up and enabled, reaching its disks, matching its host tags.</summary>
public sealed class MigrationTargets(SettingsService settings)
{
    public sealed record Candidate(Host Host, bool HasCapacity, long FreeMemoryBytes);

    public async Task<List<Candidate>> CandidatesAsync(CloudDbContext db, VirtualMachine vm, CancellationToken ct)
    {
        if (vm.HostId is not { } currentId)
        {
            return [];
        }
        var current = await db.Hosts.AsNoTracking().FirstAsync(h => h.Id == currentId, ct);
        var offering = await db.ServiceOfferings.AsNoTracking().FirstAsync(o => o.Id == vm.ServiceOfferingId, ct);
        var poolIds = await db.Volumes.AsNoTracking().Where(v => v.VmId == vm.Id && v.Removed == null && v.PoolId != null).Select(v => v.PoolId!.Value).ToListAsync(ct);
        var pools = await db.StoragePools.AsNoTracking().Where(p => poolIds.Contains(p.Id)).ToListAsync(ct);
        var hosts = await db.Hosts.AsNoTracking()
            .Where(h => h.ZoneId == vm.ZoneId && h.Removed == null && h.Id != currentId && h.Type == "Routing" &&
                        h.Hypervisor == current.Hypervisor && h.Status == HostStatus.Up && h.ResourceState == ResourceState.Enabled)
            .OrderBy(h => h.Id)
            .ToListAsync(ct);
        var tags = DeploymentPlanner.SplitTags(offering.HostTags);
        hosts = hosts.Where(h => pools.All(p => DeploymentPlanner.Reaches(h, p)) && DeploymentPlanner.HasTags(h.HostTags, tags)).ToList();
        hosts = await AffinityRules.FilterAsync(db, vm.Id, await AffinityRules.GroupsOfAsync(db, vm.Id, ct), hosts, ct);
        if (await Networks.GuestNetworks.RequiredPodAsync(db, vm.Id, ct) is { } pod)
        {
            hosts = hosts.Where(h => h.PodId == pod).ToList();
        }
        var ids = hosts.Select(h => h.Id).ToList();
        var capacity = await db.Capacity.AsNoTracking()
            .Where(c => c.HostId != null && ids.Contains(c.HostId.Value) && (c.Type == Core.Infrastructure.CapacityType.Cpu || c.Type == Core.Infrastructure.CapacityType.Memory))
            .ToListAsync(ct);
        var cpuFactor = Math.Max(1, await settings.GetDoubleAsync(SettingNames.CpuOverprovisioningFactor, ct));
        var memFactor = Math.Max(1, await settings.GetDoubleAsync(SettingNames.MemOverprovisioningFactor, ct));
        var askCpu = (long)vm.CpuNumber * vm.CpuSpeed;
        var askMem = (long)vm.Memory << 20;
        return hosts.Select(h =>
        {
            var cpu = capacity.FirstOrDefault(c => c.HostId == h.Id && c.Type == Core.Infrastructure.CapacityType.Cpu);
            var mem = capacity.FirstOrDefault(c => c.HostId == h.Id && c.Type == Core.Infrastructure.CapacityType.Memory);
            var freeCpu = cpu is null ? 0 : (long)(cpu.Total * cpuFactor) - cpu.Used - cpu.Reserved;
            var freeMem = mem is null ? 0 : (long)(mem.Total * memFactor) - mem.Used - mem.Reserved;
            return new Candidate(h, freeCpu >= askCpu && freeMem >= askMem, freeMem);
        }).ToList();
    }

    /// <summary>The suitable host with the most free memory, or null.</summary>
    public async Task<Host?> BestAsync(CloudDbContext db, VirtualMachine vm, CancellationToken ct) =>
        (await CandidatesAsync(db, vm, ct)).Where(c => c.HasCapacity).OrderByDescending(c => c.FreeMemoryBytes).Select(c => c.Host).FirstOrDefault();
}
