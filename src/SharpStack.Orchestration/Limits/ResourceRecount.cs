using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Compute;
using SharpStack.Core.Identity;
using SharpStack.Data;

namespace SharpStack.Orchestration.Limits;

/// <summary>
/// Counts what accounts really hold, from the records themselves: instances that are neither
/// destroyed nor failed (with their CPUs and memory), volumes that are not expunged (on primary
/// storage, or secondary while an uploaded one waits in the image store), snapshots (their volume's
/// size) and the downloaded copies of templates in image stores (their size) as secondary storage.
/// </summary>
public static class ResourceRecount
{
    public static readonly ResourceType[] Counted =
    [
        ResourceType.user_vm, ResourceType.cpu, ResourceType.memory, ResourceType.volume, ResourceType.primary_storage,
        ResourceType.snapshot, ResourceType.secondary_storage, ResourceType.template, ResourceType.network, ResourceType.public_ip, ResourceType.vpc,
    ];

    public static async Task<Dictionary<(long AccountId, ResourceType Type), long>> CountAsync(CloudDbContext db, IReadOnlyCollection<long> accountIds, CancellationToken ct)
    {
        var result = new Dictionary<(long, ResourceType), long>();
        var vms = await db.VirtualMachines.AsNoTracking()
            .Where(v => accountIds.Contains(v.AccountId) && v.Removed == null &&
                        v.State != VmState.Destroyed && v.State != VmState.Expunging && v.State != VmState.Error)
            .GroupBy(v => v.AccountId)
            .Select(g => new { AccountId = g.Key, Count = g.LongCount(), Cpu = g.Sum(v => (long)v.CpuNumber), Memory = g.Sum(v => (long)v.Memory) })
            .ToListAsync(ct);
        var volumes = await db.Volumes.AsNoTracking()
            .Where(v => accountIds.Contains(v.AccountId) && v.Removed == null)
            .GroupBy(v => v.AccountId)
            .Select(g => new
            {
                AccountId = g.Key,
                Count = g.LongCount(),
                Bytes = g.Sum(v => v.ImageStoreId == null ? v.SizeBytes : 0),
                InImageStore = g.Sum(v => v.ImageStoreId != null ? v.SizeBytes : 0),
            })
            .ToListAsync(ct);
        var snapshots = await db.Snapshots.AsNoTracking()
            .Where(s => accountIds.Contains(s.AccountId) && s.Removed == null && s.State != Core.Storage.SnapshotState.Error && s.State != Core.Storage.SnapshotState.Destroyed)
            .GroupBy(s => s.AccountId)
            .Select(g => new { AccountId = g.Key, Count = g.LongCount(), Bytes = g.Sum(s => s.VirtualSizeBytes) })
            .ToListAsync(ct);
        var templates = await db.VmTemplates.AsNoTracking()
            .Where(t => accountIds.Contains(t.AccountId) && t.Removed == null)
            .GroupBy(t => t.AccountId)
            .Select(g => new { AccountId = g.Key, Count = g.LongCount() })
            .ToListAsync(ct);
        var templateCopies = await (from r in db.TemplateStoreRefs.AsNoTracking()
                                    join t in db.VmTemplates.AsNoTracking() on r.TemplateId equals t.Id
                                    where accountIds.Contains(t.AccountId) && t.Removed == null && r.State == Core.Images.TemplateDownloadState.Downloaded
                                    group r by t.AccountId into g
                                    select new { AccountId = g.Key, Bytes = g.Sum(r => r.Size) }).ToListAsync(ct);
        var vpcs = await db.Vpcs.AsNoTracking()
            .Where(v => accountIds.Contains(v.AccountId) && v.Removed == null)
            .GroupBy(v => v.AccountId)
            .Select(g => new { AccountId = g.Key, Count = g.LongCount() })
            .ToListAsync(ct);
        var networks = await db.Networks.AsNoTracking()
            .Where(n => accountIds.Contains(n.AccountId) && n.Removed == null && n.GuestType == Core.Networks.GuestType.Isolated)
            .GroupBy(n => n.AccountId)
            .Select(g => new { AccountId = g.Key, Count = g.LongCount() })
            .ToListAsync(ct);
        var publicIps = await db.PublicIpAddresses.AsNoTracking()
            .Where(a => a.AccountId != null && accountIds.Contains(a.AccountId.Value) && a.State == Core.Networks.PublicIpState.Allocated)
            .GroupBy(a => a.AccountId!.Value)
            .Select(g => new { AccountId = g.Key, Count = g.LongCount() })
            .ToListAsync(ct);
        foreach (var id in accountIds)
        {
            var vm = vms.FirstOrDefault(v => v.AccountId == id);
            var volume = volumes.FirstOrDefault(v => v.AccountId == id);
            result[(id, ResourceType.user_vm)] = vm?.Count ?? 0;
            result[(id, ResourceType.cpu)] = vm?.Cpu ?? 0;
            result[(id, ResourceType.memory)] = vm?.Memory ?? 0;
            result[(id, ResourceType.volume)] = volume?.Count ?? 0;
            result[(id, ResourceType.primary_storage)] = volume?.Bytes ?? 0;
            var snapshot = snapshots.FirstOrDefault(s => s.AccountId == id);
            result[(id, ResourceType.snapshot)] = snapshot?.Count ?? 0;
            result[(id, ResourceType.secondary_storage)] = (snapshot?.Bytes ?? 0) + (volume?.InImageStore ?? 0) +
                                                           (templateCopies.FirstOrDefault(t => t.AccountId == id)?.Bytes ?? 0);
            result[(id, ResourceType.template)] = templates.FirstOrDefault(t => t.AccountId == id)?.Count ?? 0;
            result[(id, ResourceType.network)] = networks.FirstOrDefault(n => n.AccountId == id)?.Count ?? 0;
            result[(id, ResourceType.public_ip)] = publicIps.FirstOrDefault(a => a.AccountId == id)?.Count ?? 0;
            result[(id, ResourceType.vpc)] = vpcs.FirstOrDefault(v => v.AccountId == id)?.Count ?? 0;
        }
        return result;
    }

    /// <summary>Stores recounted values for an owner (an account, or a domain with the sum of its subtree's accounts).</summary>
    public static async Task StoreAsync(CloudDbContext db, ResourceOwnerType ownerType, long ownerId, ResourceType type, long count, CancellationToken ct)
    {
        var row = await db.ResourceCounts.FirstOrDefaultAsync(c => c.OwnerType == ownerType && c.OwnerId == ownerId && c.Type == type, ct);
        if (row is null)
        {
            db.ResourceCounts.Add(new ResourceCount { OwnerType = ownerType, OwnerId = ownerId, Type = type, Count = count });
        }
        else
        {
            row.Count = count;
        }
    }
}
