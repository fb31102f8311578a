using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Compute;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Compute;

/// <summary>
/// Picks a host and storage pools for an instance and takes their capacity. Hosts are filtered
/// (Up, enabled in an enabled pod and cluster, right hypervisor, host tags, reachable storage,
/// cluster disable thresholds), ordered by vm.allocation.algorithm, then tried one by one: the
/// first whose CPU, memory and storage can all be taken wins. Taking is a conditional update, so
/// concurrent deployments never overcommit a host or pool.
/// </summary>
public sealed class DeploymentPlanner(SettingsService settings, PoolAccess poolAccess)
{
    public async Task<DeploymentPlan?> PlanAsync(CloudDbContext db, DeploymentRequirements req, IReadOnlySet<long> avoidHosts, CancellationToken ct)
    {
        var cpuFactor = await FactorAsync(SettingNames.CpuOverprovisioningFactor, ct);
        var memFactor = await FactorAsync(SettingNames.MemOverprovisioningFactor, ct);
        var poolLimit = await poolAccess.AllocationLimitAsync(ct);

        var hosts = await CandidateHostsAsync(db, req, avoidHosts, ct);
        hosts = await WithinClusterThresholdsAsync(db, hosts, req, cpuFactor, memFactor, ct);
        hosts = await AffinityRules.FilterAsync(db, req.VmId, req.Groups, hosts, ct);
        var pools = await db.StoragePools.AsNoTracking()
            .Where(p => p.ZoneId == req.ZoneId && p.Removed == null && p.Status == StoragePoolStatus.Up)
            .ToListAsync(ct);
        var placedPools = req.Volumes.Where(v => v.PoolId is not null).Select(v => pools.FirstOrDefault(p => p.Id == v.PoolId)).ToList();
        if (placedPools.Any(p => p is null))
        {
            return null; // a disk's pool is down or in maintenance: the instance cannot start anywhere
        }
        hosts = hosts.Where(h => placedPools.All(p => Reaches(h, p!))).ToList();

        foreach (var host in await OrderAsync(db, hosts, req, ct))
        {
            var plan = await TryHostAsync(db, host, req, pools, cpuFactor, memFactor, poolLimit, ct);
            if (plan is not null)
            {
                return plan;
            }
        }
        return null;
    }

    /// <summary>Gives back what a plan took (after a failed start).</summary>
    public static async Task ReleaseAsync(CloudDbContext db, DeploymentPlan plan, DeploymentRequirements req, bool includingStorage, CancellationToken ct)
    {
        await ReleaseHostAsync(db, plan.Host.Id, req.CpuNumber, req.CpuMhz, req.MemoryBytes, ct);
        if (includingStorage)
        {
            foreach (var (volumeId, pool) in plan.NewVolumePools)
            {
                var size = req.Volumes.First(v => v.VolumeId == volumeId).SizeBytes;
                await CapacityLedger.ReleaseAsync(db, CapacityOwner.Pool(pool.Id), CapacityType.StorageAllocated, size, ct);
            }
        }
    }

    public static async Task ReleaseHostAsync(CloudDbContext db, long hostId, int cores, long cpuMhz, long memoryBytes, CancellationToken ct)
    {
        await CapacityLedger.ReleaseAsync(db, CapacityOwner.Host(hostId), CapacityType.Cpu, cpuMhz, ct);
        await CapacityLedger.ReleaseAsync(db, CapacityOwner.Host(hostId), CapacityType.Memory, memoryBytes, ct);
        await CapacityLedger.ReleaseAsync(db, CapacityOwner.Host(hostId), CapacityType.CpuCore, cores, ct);
    }

    /// <summary>Takes a host's CPU and memory (used for migration targets, where storage stays).</summary>
    public async Task<bool> TryTakeHostAsync(CloudDbContext db, long hostId, DeploymentRequirements req, CancellationToken ct)
    {
        var cpuFactor = await FactorAsync(SettingNames.CpuOverprovisioningFactor, ct);
        var memFactor = await FactorAsync(SettingNames.MemOverprovisioningFactor, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await TakeHostAsync(db, hostId, req, cpuFactor, memFactor, ct))
        {
            await tx.RollbackAsync(ct);
            return false;
        }
        await tx.CommitAsync(ct);
        return true;
    }

    public static bool Reaches(Host host, StoragePool pool) =>
        pool.Scope == StorageScope.ZONE ? pool.ZoneId == host.ZoneId : pool.ClusterId == host.ClusterId;

    public static bool HasTags(string? have, IReadOnlyList<string> wanted)
    {
        if (wanted.Count == 0)
        {
            return true;
        }
        var tags = SplitTags(have);
        return wanted.All(w => tags.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    public static IReadOnlyList<string> SplitTags(string? tags) =>
        string.IsNullOrWhiteSpace(tags) ? [] : tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private async Task<DeploymentPlan?> TryHostAsync(CloudDbContext db, Host host, DeploymentRequirements req, List<StoragePool> pools,
        double cpuFactor, double memFactor, double poolLimit, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (req.Groups.Count > 0)
        {
            // Placement in affinity groups is serialized: with the groups locked, the rule is checked
            // again and the instance takes the host before anyone else looks.
            await AffinityRules.LockAsync(db, req.Groups, ct);
            if ((await AffinityRules.FilterAsync(db, req.VmId, req.Groups, [host], ct)).Count == 0)
            {
                await tx.RollbackAsync(ct);
                return null;
            }
            await db.VirtualMachines.Where(v => v.Id == req.VmId).ExecuteUpdateAsync(s => s.SetProperty(v => v.HostId, host.Id), ct);
        }
        if (!await TakeHostAsync(db, host.Id, req, cpuFactor, memFactor, ct))
        {
            await tx.RollbackAsync(ct);
            return null;
        }
        var chosen = new Dictionary<long, StoragePool>();
        foreach (var volume in req.Volumes.Where(v => v.PoolId is null))
        {
            StoragePool? found = null;
            foreach (var pool in pools.Where(p => Reaches(host, p) && HasTags(p.Tags, volume.StorageTags)).OrderBy(p => p.Scope == StorageScope.ZONE).ThenBy(_ => Random.Shared.Next()))
            {
                if (await CapacityLedger.TryTakeAsync(db, CapacityOwner.Pool(pool.Id), CapacityType.StorageAllocated, volume.SizeBytes, poolLimit, ct))
                {
                    found = pool;
                    break;
                }
            }
            if (found is null)
            {
                await tx.RollbackAsync(ct);
                return null;
            }
            chosen[volume.VolumeId] = found;
        }
        await tx.CommitAsync(ct);
        return new DeploymentPlan(host, chosen);
    }

    private static async Task<bool> TakeHostAsync(CloudDbContext db, long hostId, DeploymentRequirements req, double cpuFactor, double memFactor, CancellationToken ct) =>
        await CapacityLedger.TryTakeAsync(db, CapacityOwner.Host(hostId), CapacityType.Cpu, req.CpuMhz, cpuFactor, ct) &&
        await CapacityLedger.TryTakeAsync(db, CapacityOwner.Host(hostId), CapacityType.Memory, req.MemoryBytes, memFactor, ct) &&
        // Cores are counted, not limited on their own: the CPU counter limits them.
        await CapacityLedger.AddAsync(db, CapacityOwner.Host(hostId), CapacityType.CpuCore, req.CpuNumber, ct) >= 0;

    private static async Task<List<Host>> CandidateHostsAsync(CloudDbContext db, DeploymentRequirements req, IReadOnlySet<long> avoid, CancellationToken ct)
    {
        var query =
            from h in db.Hosts.AsNoTracking()
            join c in db.Clusters on h.ClusterId equals c.Id
            join p in db.Pods on h.PodId equals p.Id
            where h.ZoneId == req.ZoneId && h.Removed == null && h.Type == "Routing" &&
                  h.Status == HostStatus.Up && h.ResourceState == ResourceState.Enabled && h.Hypervisor == req.Hypervisor &&
                  c.AllocationState == AllocationState.Enabled && p.AllocationState == AllocationState.Enabled
            select h;
        if (req.RequiredHostId is { } required)
        {
            query = query.Where(h => h.Id == required);
        }
        if (req.RequiredPodId is { } pod)
        {
            query = query.Where(h => h.PodId == pod);
        }
        var hosts = await query.ToListAsync(ct);
        return hosts.Where(h => !avoid.Contains(h.Id) && HasTags(h.HostTags, req.HostTags)).ToList();
    }

    /// <summary>Leaves out clusters whose allocated CPU or memory would pass their disable threshold.</summary>
    private async Task<List<Host>> WithinClusterThresholdsAsync(CloudDbContext db, List<Host> hosts, DeploymentRequirements req, double cpuFactor, double memFactor, CancellationToken ct)
    {
        var clusterIds = hosts.Select(h => h.ClusterId).Distinct().ToList();
        var cpuThreshold = await ThresholdAsync(SettingNames.ClusterCpuDisableThreshold, ct);
        var memThreshold = await ThresholdAsync(SettingNames.ClusterMemoryDisableThreshold, ct);
        var sums = await db.Capacity.AsNoTracking()
            .Where(c => c.ClusterId != null && clusterIds.Contains(c.ClusterId.Value) && c.HostId != null && c.Enabled &&
                        (c.Type == CapacityType.Cpu || c.Type == CapacityType.Memory))
            .GroupBy(c => new { c.ClusterId, c.Type })
            .Select(g => new { g.Key.ClusterId, g.Key.Type, Used = g.Sum(c => c.Used + c.Reserved), Total = g.Sum(c => c.Total) })
            .ToListAsync(ct);
        bool Fits(long clusterId, CapacityType type, long asked, double factor, double threshold)
        {
            var sum = sums.FirstOrDefault(s => s.ClusterId == clusterId && s.Type == type);
            return sum is null || sum.Total == 0 || (sum.Used + asked) <= sum.Total * factor * threshold;
        }
        var open = clusterIds.Where(id => Fits(id, CapacityType.Cpu, req.CpuMhz, cpuFactor, cpuThreshold) &&
                                          Fits(id, CapacityType.Memory, req.MemoryBytes, memFactor, memThreshold)).ToHashSet();
        return hosts.Where(h => open.Contains(h.ClusterId)).ToList();
    }

    private async Task<List<Host>> OrderAsync(CloudDbContext db, List<Host> hosts, DeploymentRequirements req, CancellationToken ct)
    {
        var algorithm = (await settings.GetAsync(SettingNames.VmAllocationAlgorithm, ct) ?? "random").ToLowerInvariant();
        IEnumerable<Host> ordered = algorithm switch
        {
            "firstfit" or "userconcentratedpod_firstfit" => hosts.OrderBy(h => h.Id),
            "firstfitleastconsumed" => await LeastConsumedFirstAsync(db, hosts, ct),
            "userdispersing" => await FewestOfAccountFirstAsync(db, hosts, req.AccountId, ct),
            _ => hosts.OrderBy(_ => Random.Shared.Next()),
        };
        if (algorithm.StartsWith("userconcentratedpod", StringComparison.Ordinal))
        {
            var pods = await db.VirtualMachines.AsNoTracking()
                .Where(v => v.AccountId == req.AccountId && v.PodId != null && v.Removed == null)
                .Select(v => v.PodId!.Value).Distinct().ToListAsync(ct);
            ordered = ordered.OrderByDescending(h => pods.Contains(h.PodId));
        }
        var list = ordered.ToList();
        // A restart prefers the host the instance ran on last, as upstream does.
        if (req.PreferredHostId is { } preferred && list.FindIndex(h => h.Id == preferred) is > 0 and var index)
        {
            var host = list[index];
            list.RemoveAt(index);
            list.Insert(0, host);
        }
        return list;
    }

    private static async Task<IEnumerable<Host>> LeastConsumedFirstAsync(CloudDbContext db, List<Host> hosts, CancellationToken ct)
    {
        var ids = hosts.Select(h => h.Id).ToList();
        var used = await db.Capacity.AsNoTracking()
            .Where(c => c.HostId != null && ids.Contains(c.HostId.Value) && c.Type == CapacityType.Memory)
            .Select(c => new { HostId = c.HostId!.Value, Fraction = c.Total == 0 ? 1.0 : (double)(c.Used + c.Reserved) / c.Total })
            .ToDictionaryAsync(c => c.HostId, c => c.Fraction, ct);
        return hosts.OrderBy(h => used.GetValueOrDefault(h.Id, 1.0)).ThenBy(h => h.Id);
    }

    private static async Task<IEnumerable<Host>> FewestOfAccountFirstAsync(CloudDbContext db, List<Host> hosts, long accountId, CancellationToken ct)
    {
        var counts = await db.VirtualMachines.AsNoTracking()
            .Where(v => v.AccountId == accountId && v.HostId != null && v.Removed == null && v.State != VmState.Destroyed)
            .GroupBy(v => v.HostId!.Value)
            .Select(g => new { HostId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.HostId, g => g.Count, ct);
        return hosts.OrderBy(h => counts.GetValueOrDefault(h.Id)).ThenBy(h => h.Id);
    }

    private async Task<double> FactorAsync(string name, CancellationToken ct)
    {
        var value = await settings.GetDoubleAsync(name, ct);
        return value > 0 ? value : 1;
    }

    private async Task<double> ThresholdAsync(string name, CancellationToken ct)
    {
        var value = await settings.GetDoubleAsync(name, ct);
        return value is > 0 and <= 1 ? value : 1;
    }
}
