using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Errors;
using SharpStack.Core.Usage;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Usage;

/// <summary>The public uuid of the resource a usage record is about, by usage type, and back.</summary>
internal static class UsageResourceIds
{
    public static async Task<long> ResolveAsync(CloudDbContext db, int usageType, string uuidText, CancellationToken ct)
    {
        if (!Guid.TryParse(uuidText, out var uuid))
        {
            throw CloudException.InvalidParameter($"Invalid usageid {uuidText}: it must be a uuid");
        }
        var ids = await IdsAsync(db, usageType, [uuid], byUuid: true, ct);
        // An unknown resource simply has no records.
        return ids.Count > 0 ? ids.Keys.First() : -1;
    }

    /// <summary>Internal id → uuid for the given resources of one usage type.</summary>
    public static async Task<Dictionary<long, Guid>> UuidsAsync(CloudDbContext db, int usageType, IReadOnlyCollection<long> ids, CancellationToken ct) =>
        await IdsAsync(db, usageType, ids.Cast<object>().ToList(), byUuid: false, ct);

    private static async Task<Dictionary<long, Guid>> IdsAsync(CloudDbContext db, int usageType, IReadOnlyCollection<object> keys, bool byUuid, CancellationToken ct)
    {
        var uuids = byUuid ? keys.Cast<Guid>().ToList() : [];
        var ids = byUuid ? [] : keys.Cast<long>().ToList();
        return usageType switch
        {
            UsageTypes.RunningVm or UsageTypes.AllocatedVm => await db.VirtualMachines.AsNoTracking()
                .Where(x => byUuid ? uuids.Contains(x.Uuid) : ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Uuid, ct),
            UsageTypes.IpAddress => await db.PublicIpAddresses.AsNoTracking()
                .Where(x => byUuid ? uuids.Contains(x.Uuid) : ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Uuid, ct),
            UsageTypes.Volume => await db.Volumes.AsNoTracking()
                .Where(x => byUuid ? uuids.Contains(x.Uuid) : ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Uuid, ct),
            UsageTypes.Template or UsageTypes.Iso => await db.VmTemplates.AsNoTracking()
                .Where(x => byUuid ? uuids.Contains(x.Uuid) : ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Uuid, ct),
            UsageTypes.Snapshot => await db.Snapshots.AsNoTracking()
                .Where(x => byUuid ? uuids.Contains(x.Uuid) : ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Uuid, ct),
            UsageTypes.VmSnapshot => await db.VmSnapshots.AsNoTracking()
                .Where(x => byUuid ? uuids.Contains(x.Uuid) : ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Uuid, ct),
            UsageTypes.LoadBalancer or UsageTypes.PortForwarding or UsageTypes.VpnUsers when byUuid => await db.UsageRecords.AsNoTracking()
                .Where(x => x.UsageType == usageType && x.ResourceUuid != null && uuids.Contains(x.ResourceUuid.Value))
                .Select(x => new { x.UsageId, Uuid = x.ResourceUuid!.Value }).Distinct().ToDictionaryAsync(x => x.UsageId, x => x.Uuid, ct),
            _ => [],
        };
    }
}
