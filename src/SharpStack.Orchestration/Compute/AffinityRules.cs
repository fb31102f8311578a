using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Compute;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Orchestration.Compute;

/// <summary>
/// Host affinity and anti-affinity: an instance may go only to a host that runs no other member of
/// its anti-affinity groups, and to the host that runs the members of its affinity groups (any host
/// while none runs).
/// </summary>
public static class AffinityRules
{
    public static async Task<IReadOnlyList<long>> GroupsOfAsync(CloudDbContext db, long vmId, CancellationToken ct) =>
        await db.AffinityGroupMembers.AsNoTracking().Where(m => m.VmId == vmId).Select(m => m.GroupId).ToListAsync(ct);

    public static async Task<List<Host>> FilterAsync(CloudDbContext db, long vmId, IReadOnlyList<long> groupIds, List<Host> hosts, CancellationToken ct)
    {
        if (groupIds.Count == 0)
        {
            return hosts;
        }
        var placements = await db.AffinityGroupMembers.AsNoTracking()
            .Where(m => groupIds.Contains(m.GroupId) && m.VmId != vmId)
            .Join(db.AffinityGroups.AsNoTracking(), m => m.GroupId, g => g.Id, (m, g) => new { m.VmId, g.Type, GroupId = g.Id })
            .Join(db.VirtualMachines.AsNoTracking().Where(v => v.HostId != null && v.Removed == null), x => x.VmId, v => v.Id, (x, v) => new { x.Type, x.GroupId, HostId = v.HostId!.Value })
            .ToListAsync(ct);
        var forbidden = placements.Where(p => p.Type == AffinityGroup.HostAntiAffinity).Select(p => p.HostId).ToHashSet();
        var result = hosts.Where(h => !forbidden.Contains(h.Id)).ToList();
        foreach (var group in placements.Where(p => p.Type == AffinityGroup.HostAffinity).GroupBy(p => p.GroupId))
        {
            var allowed = group.Select(p => p.HostId).ToHashSet();
            result = result.Where(h => allowed.Contains(h.Id)).ToList();
        }
        return result;
    }

    /// <summary>Locks the groups' rows for the rest of the caller's transaction, so two members are never placed at once.</summary>
    public static Task LockAsync(CloudDbContext db, IReadOnlyList<long> groupIds, CancellationToken ct) =>
        groupIds.Count == 0
            ? Task.CompletedTask
            : db.AffinityGroups.Where(g => groupIds.Contains(g.Id)).ExecuteUpdateAsync(s => s.SetProperty(g => g.PlacementVersion, g => g.PlacementVersion + 1), ct);
}
