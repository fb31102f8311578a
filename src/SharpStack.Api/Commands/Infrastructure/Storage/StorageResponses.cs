using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Storage;

internal static class StorageResponses
{
    public static async Task<List<ApiObject>> PoolsAsync(CloudDbContext db, SettingsService settings, IReadOnlyList<StoragePool> pools, CancellationToken ct)
    {
        var zoneIds = pools.Select(p => p.ZoneId).Distinct().ToList();
        var podIds = pools.Where(p => p.PodId != null).Select(p => p.PodId!.Value).Distinct().ToList();
        var clusterIds = pools.Where(p => p.ClusterId != null).Select(p => p.ClusterId!.Value).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var pods = await db.Pods.AsNoTracking().Where(p => podIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var clusters = await db.Clusters.AsNoTracking().Where(c => clusterIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var factor = await settings.GetDoubleAsync(SettingNames.StorageOverprovisioningFactor, ct);
        return pools.Select(p =>
        {
            var pod = p.PodId is { } podId ? pods.GetValueOrDefault(podId) : null;
            var cluster = p.ClusterId is { } clusterId ? clusters.GetValueOrDefault(clusterId) : null;
            return new ApiObject
            {
                { "id", p.Uuid },
                { "zoneid", zones[p.ZoneId].Uuid },
                { "zonename", zones[p.ZoneId].Name },
                { "podid", pod?.Uuid },
                { "podname", pod?.Name },
                { "name", p.Name },
                { "ipaddress", p.HostAddress },
                { "path", p.Path },
                { "created", p.Created },
                { "type", p.PoolType.ToString() },
                { "clusterid", cluster?.Uuid },
                { "clustername", cluster?.Name },
                { "capacitybytes", p.CapacityBytes },
                { "disksizetotal", p.CapacityBytes },
                { "disksizeused", p.UsedBytes },
                { "tags", p.Tags },
                { "state", p.Status.ToString() },
                { "scope", p.Scope.ToString() },
                { "overprovisionfactor", factor.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                { "hypervisor", p.Hypervisor?.ToString() },
                { "provider", "DefaultPrimary" },
                { "managed", false },
            };
        }).ToList();
    }

    public static async Task<ApiObject> PoolAsync(CloudDbContext db, SettingsService settings, StoragePool pool, CancellationToken ct) =>
        (await PoolsAsync(db, settings, [pool], ct))[0];

    public static async Task<List<ApiObject>> ImageStoresAsync(CloudDbContext db, IReadOnlyList<ImageStore> stores, CancellationToken ct)
    {
        var zoneIds = stores.Where(s => s.ZoneId != null).Select(s => s.ZoneId!.Value).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        return stores.Select(s =>
        {
            var zone = s.ZoneId is { } z ? zones.GetValueOrDefault(z) : null;
            return new ApiObject
            {
                { "id", s.Uuid },
                { "zoneid", zone?.Uuid },
                { "zonename", zone?.Name },
                { "name", s.Name },
                { "url", s.Url },
                { "protocol", s.Protocol },
                { "providername", s.ProviderName },
                { "scope", s.Scope },
                { "readonly", s.ReadOnly },
                { "disksizetotal", s.CapacityBytes > 0 ? s.CapacityBytes : null },
                { "disksizeused", s.CapacityBytes > 0 ? s.UsedBytes : null },
            };
        }).ToList();
    }
}
