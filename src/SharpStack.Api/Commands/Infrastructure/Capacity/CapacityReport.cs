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
        }
        return rows;
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
