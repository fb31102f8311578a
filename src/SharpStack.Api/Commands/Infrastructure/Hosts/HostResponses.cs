using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Hosts;

internal static class HostResponses
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, SettingsService settings, IReadOnlyList<Host> hosts, CancellationToken ct)
    {
        var zoneIds = hosts.Select(h => h.ZoneId).Distinct().ToList();
        var podIds = hosts.Select(h => h.PodId).Distinct().ToList();
        var clusterIds = hosts.Select(h => h.ClusterId).Distinct().ToList();
        var serverIds = hosts.Where(h => h.ManagementServerId != null).Select(h => h.ManagementServerId!.Value).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var pods = await db.Pods.AsNoTracking().Where(p => podIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var clusters = await db.Clusters.AsNoTracking().Where(c => clusterIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var servers = await db.ManagementServers.AsNoTracking().Where(m => serverIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var cpuFactor = await settings.GetDoubleAsync(SettingNames.CpuOverprovisioningFactor, ct);
        var memFactor = await settings.GetDoubleAsync(SettingNames.MemOverprovisioningFactor, ct);
        return hosts.Select(h =>
        {
            var server = h.ManagementServerId is { } ms ? servers.GetValueOrDefault(ms) : null;
            var cluster = clusters[h.ClusterId];
            return new ApiObject
            {
                { "id", h.Uuid },
                { "name", h.Name },
                { "state", h.Status.ToString() },
                { "disconnected", h.Disconnected },
                { "type", h.Type },
                { "ipaddress", h.IpAddress },
                { "zoneid", zones[h.ZoneId].Uuid },
                { "zonename", zones[h.ZoneId].Name },
                { "podid", pods[h.PodId].Uuid },
                { "podname", pods[h.PodId].Name },
                { "version", h.Version },
                { "hypervisor", h.Hypervisor.ToString() },
                { "cpusockets", h.CpuSockets },
                { "cpunumber", h.CpuNumber },
                { "cpuspeed", h.CpuSpeed },
                { "cpuwithoverprovisioning", (h.CpuNumber * h.CpuSpeed * cpuFactor).ToString("0.##", CultureInfo.InvariantCulture) },
                { "memorytotal", h.MemoryBytes },
                { "memorywithoverprovisioning", ((long)(h.MemoryBytes * memFactor)).ToString(CultureInfo.InvariantCulture) },
                { "capabilities", h.Capabilities },
                { "lastpinged", h.LastPinged },
                { "managementserverid", server?.Uuid },
                { "managementservername", server?.Name },
                { "clusterid", cluster.Uuid },
                { "clustername", cluster.Name },
                { "clustertype", cluster.ClusterType },
                { "islocalstorageactive", h.LocalStorageBytes > 0 && zones[h.ZoneId].LocalStorageEnabled },
                { "created", h.Created },
                { "hosttags", h.HostTags },
                { "resourcestate", h.ResourceState.ToString() },
                { "hypervisorversion", h.Version },
                { "arch", h.Arch },
            };
        }).ToList();
    }

    public static async Task<ApiObject> ToResponseAsync(CloudDbContext db, SettingsService settings, Host host, CancellationToken ct) =>
        (await ToResponsesAsync(db, settings, [host], ct))[0];

    /// <summary>Comma-separated tags, trimmed, without empties or duplicates.</summary>
    public static string? NormalizeTags(IReadOnlyList<string> tags)
    {
        var clean = tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return clean.Count == 0 ? null : string.Join(',', clean);
    }
}
