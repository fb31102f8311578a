using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Capacity;

/// <summary>Capacity per zone (or per pod or cluster), with the over-provisioning factors applied to the totals.</summary>
internal static class CapacityReport
{
    public static readonly IReadOnlyDictionary<CapacityType, string> Names = new Dictionary<CapacityType, string>
    {
        [CapacityType.Memory] = "MEMORY",
        [CapacityType.Cpu] = "CPU",
        [CapacityType.Storage] = "STORAGE",
        [CapacityType.StorageAllocated] = "STORAGE_ALLOCATED",
        [CapacityType.SecondaryStorage] = "SECONDARY_STORAGE",
        [CapacityType.LocalStorage] = "LOCAL_STORAGE",
        [CapacityType.CpuCore] = "CPU_CORE",
        [CapacityType.VirtualNetworkPublicIp] = "VIRTUAL_NETWORK_PUBLIC_IP",
        [CapacityType.DirectAttachedPublicIp] = "DIRECT_ATTACHED_PUBLIC_IP",
        [CapacityType.PrivateIp] = "PRIVATE_IP",
        [CapacityType.Vlan] = "VLAN",
    };

    public enum Level
    {
        Zone,
        Pod,
        Cluster,
    }

    public sealed record Row(CapacityType Type, long ZoneId, long? PodId, long? ClusterId, long Total, long Used);

    public static async Task<List<Row>> ComputeAsync(CloudDbContext db, SettingsService settings, Level level, long? zoneId, long? podId, long? clusterId, CancellationToken ct)
    {
        var records = db.Capacity.AsNoTracking().Where(c => c.Enabled);
        if (zoneId is not null)
        {
            records = records.Where(c => c.ZoneId == zoneId);
        }
        if (podId is not null)
        {
            records = records.Where(c => c.PodId == podId);
        }
        if (clusterId is not null)
        {
            records = records.Where(c => c.ClusterId == clusterId);
        }
        var grouped = await records
            .GroupBy(c => new { c.Type, c.ZoneId, PodId = level == Level.Zone ? null : c.PodId, ClusterId = level == Level.Cluster ? c.ClusterId : null })
            .Select(g => new { g.Key.Type, g.Key.ZoneId, g.Key.PodId, g.Key.ClusterId, Total = g.Sum(c => c.Total), Used = g.Sum(c => c.Used + c.Reserved) })
            .ToListAsync(ct);
        var cpu = await settings.GetDoubleAsync(SettingNames.CpuOverprovisioningFactor, ct);
        var memory = await settings.GetDoubleAsync(SettingNames.MemOverprovisioningFactor, ct);
        var storage = await settings.GetDoubleAsync(SettingNames.StorageOverprovisioningFactor, ct);
        var rows = grouped.Select(g => new Row(g.Type, g.ZoneId, g.PodId, g.ClusterId, g.Type switch
        {
            CapacityType.Cpu => (long)(g.Total * cpu),
            CapacityType.Memory => (long)(g.Total * memory),
            CapacityType.StorageAllocated => (long)(g.Total * storage),
            _ => g.Total,
        }, g.Used)).ToList();
        if (level == Level.Zone && podId is null && clusterId is null)
        {
            var stores = await db.ImageStores.AsNoTracking().Where(s => s.Removed == null && s.ZoneId != null && s.CapacityBytes > 0 && (zoneId == null || s.ZoneId == zoneId))
                .GroupBy(s => s.ZoneId!.Value).Select(g => new { ZoneId = g.Key, Total = g.Sum(s => s.CapacityBytes), Used = g.Sum(s => s.UsedBytes) }).ToListAsync(ct);
            rows.AddRange(stores.Select(s => new Row(CapacityType.SecondaryStorage, s.ZoneId, null, null, s.Total, s.Used)));
            rows.AddRange(await AddressRowsAsync(db, zoneId, ct));
        }
        if (level != Level.Cluster && clusterId is null)
        {
            rows.AddRange(await PrivateAddressRowsAsync(db, level, zoneId, podId, ct));
        }
        return rows;
    }

    /// <summary>
    /// Public addresses of the zone's IP ranges and guest VLANs of its physical networks. Nothing
    /// allocates them yet (guest networking with virtual routers comes later), so none is used.
    /// </summary>
    private static async Task<List<Row>> AddressRowsAsync(CloudDbContext db, long? zoneId, CancellationToken ct)
    {
        var rows = new List<Row>();
        var ranges = await db.VlanIpRanges.AsNoTracking().Where(r => r.Removed == null && (zoneId == null || r.ZoneId == zoneId)).ToListAsync(ct);
        foreach (var group in ranges.GroupBy(r => (r.ZoneId, r.ForVirtualNetwork)))
        {
            var total = group.Sum(r => Ipv4Range.TryParse(r.StartIp, r.EndIp, out var range) ? range.Count : 0);
            rows.Add(new Row(group.Key.ForVirtualNetwork ? CapacityType.VirtualNetworkPublicIp : CapacityType.DirectAttachedPublicIp, group.Key.ZoneId, null, null, total, 0));
        }
        var physical = await db.PhysicalNetworks.AsNoTracking().Where(n => n.Removed == null && n.Vlan != null && (zoneId == null || n.ZoneId == zoneId)).ToListAsync(ct);
        var guestVlans = await db.Networks.AsNoTracking().Where(n => n.Removed == null && n.BroadcastUri != null && n.BroadcastUri.StartsWith("vlan://") && (zoneId == null || n.ZoneId == zoneId))
            .GroupBy(n => n.ZoneId).Select(g => new { ZoneId = g.Key, Count = g.LongCount() }).ToListAsync(ct);
        foreach (var group in physical.GroupBy(n => n.ZoneId))
        {
            var total = group.Sum(n => VlanCount(n.Vlan!));
            rows.Add(new Row(CapacityType.Vlan, group.Key, null, null, total, guestVlans.FirstOrDefault(v => v.ZoneId == group.Key)?.Count ?? 0));
        }
        return rows;
    }

    /// <summary>The pods' management address ranges (used by system VMs, which do not exist yet).</summary>
    private static async Task<List<Row>> PrivateAddressRowsAsync(CloudDbContext db, Level level, long? zoneId, long? podId, CancellationToken ct)
    {
        var pods = await db.Pods.AsNoTracking().Where(p => p.Removed == null && p.StartIp != null && (zoneId == null || p.ZoneId == zoneId) && (podId == null || p.Id == podId)).ToListAsync(ct);
        return pods.Select(p => (Pod: p, Count: Ipv4Range.TryParse(p.StartIp, p.EndIp, out var range) ? range.Count : 0))
            .GroupBy(x => (x.Pod.ZoneId, PodId: level == Level.Zone ? (long?)null : x.Pod.Id))
            .Select(g => new Row(CapacityType.PrivateIp, g.Key.ZoneId, g.Key.PodId, null, g.Sum(x => x.Count), 0))
            .ToList();
    }

    /// <summary>The number of VLAN ids in a physical network's range, e.g. "100-199,300-310".</summary>
    public static long VlanCount(string ranges)
    {
        long total = 0;
        foreach (var part in ranges.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (long.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start))
            {
                var end = bounds.Length > 1 && long.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var e) ? e : start;
                total += Math.Max(0, end - start + 1);
            }
        }
        return total;
    }

    public static string Percent(long used, long total) =>
        (total == 0 ? 0 : used * 100.0 / total).ToString("0.##", CultureInfo.InvariantCulture);

    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<Row> rows, CancellationToken ct)
    {
        var zoneIds = rows.Select(r => r.ZoneId).Distinct().ToList();
        var podIds = rows.Where(r => r.PodId != null).Select(r => r.PodId!.Value).Distinct().ToList();
        var clusterIds = rows.Where(r => r.ClusterId != null).Select(r => r.ClusterId!.Value).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var pods = await db.Pods.AsNoTracking().Where(p => podIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var clusters = await db.Clusters.AsNoTracking().Where(c => clusterIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return rows.Select(r =>
        {
            var pod = r.PodId is { } p ? pods.GetValueOrDefault(p) : null;
            var cluster = r.ClusterId is { } c ? clusters.GetValueOrDefault(c) : null;
            return new ApiObject
            {
                { "type", (int)r.Type },
                { "name", Names.GetValueOrDefault(r.Type, r.Type.ToString().ToUpperInvariant()) },
                { "zoneid", zones.GetValueOrDefault(r.ZoneId)?.Uuid },
                { "zonename", zones.GetValueOrDefault(r.ZoneId)?.Name },
                { "podid", pod?.Uuid },
                { "podname", pod?.Name },
                { "clusterid", cluster?.Uuid },
                { "clustername", cluster?.Name },
                { "capacityused", r.Used },
                { "capacitytotal", r.Total },
                { "percentused", Percent(r.Used, r.Total) },
            };
        }).ToList();
    }
}
