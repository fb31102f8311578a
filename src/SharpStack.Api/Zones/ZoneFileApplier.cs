using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Contract.Zones;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Api.Zones;

/// <summary>
/// Applies a <see cref="ZoneFile"/> through the API as the given administrator: what the file names
/// and the cloud lacks is created; what exists is left as it is. Applying a file twice changes nothing.
/// </summary>
public sealed class ZoneFileApplier(InternalApiClient api)
{
    public sealed record Result(int Created, int Existing);

    public async Task<Result> ApplyAsync(CloudDbContext db, Caller admin, ZoneFile file, CancellationToken ct)
    {
        var created = 0;
        var existing = 0;
        async Task<string> Call(string command, params (string Key, string? Value)[] args)
        {
            var body = await api.CallAsync(admin, command, args.Where(a => a.Value is not null).ToDictionary(a => a.Key, a => a.Value!), ct);
            created++;
            return body.Select(kv => kv.Value).Select(v => v switch
            {
                ApiObject o => o["id"] as string,
                IReadOnlyList<ApiObject> list when list.Count > 0 => list[0]["id"] as string,
                _ => null,
            }).FirstOrDefault(id => id is not null) ?? "";
        }
        void Exists() => existing++;

        var spec = file.Zone;
        var zone = await db.Zones.AsNoTracking().FirstOrDefaultAsync(z => z.Name == spec.Name && z.Removed == null, ct);
        var zoneId = zone?.Uuid.ToString();
        if (zone is null)
        {
            zoneId = await Call("createZone", ("name", spec.Name), ("networktype", spec.NetworkType), ("dns1", spec.Dns1), ("dns2", spec.Dns2),
                ("internaldns1", spec.InternalDns1), ("internaldns2", spec.InternalDns2), ("guestcidraddress", spec.GuestCidrAddress), ("domain", spec.Domain));
            zone = await db.Zones.AsNoTracking().FirstAsync(z => z.Uuid == Guid.Parse(zoneId), ct);
        }
        else
        {
            Exists();
        }

        foreach (var network in file.PhysicalNetworks)
        {
            var physical = await db.PhysicalNetworks.AsNoTracking().FirstOrDefaultAsync(n => n.ZoneId == zone.Id && n.Name == network.Name && n.Removed == null, ct);
            if (physical is null)
            {
                var id = await Call("createPhysicalNetwork", ("zoneid", zoneId), ("name", network.Name), ("isolationmethods", network.IsolationMethods), ("vlan", network.Vlan));
                physical = await db.PhysicalNetworks.AsNoTracking().FirstAsync(n => n.Uuid == Guid.Parse(id), ct);
            }
            else
            {
                Exists();
            }
            foreach (var traffic in network.TrafficTypes)
            {
                var kind = Enum.TryParse<TrafficKind>(traffic.Type, ignoreCase: true, out var k) ? k : (TrafficKind?)null;
                if (kind is not null && await db.TrafficTypes.AnyAsync(t => t.PhysicalNetworkId == physical.Id && t.Kind == kind, ct))
                {
                    Exists();
                    continue;
                }
                await Call("addTrafficType", ("physicalnetworkid", physical.Uuid.ToString()), ("traffictype", traffic.Type), ("kvmnetworklabel", traffic.KvmNetworkLabel));
            }
            if (physical.State != PhysicalNetworkState.Enabled)
            {
                await Call("updatePhysicalNetwork", ("id", physical.Uuid.ToString()), ("state", "Enabled"));
            }
            foreach (var name in network.Providers)
            {
                var provider = await db.NetworkServiceProviders.AsNoTracking().FirstOrDefaultAsync(p => p.PhysicalNetworkId == physical.Id && p.Name == name, ct);
                if (provider is null)
                {
                    throw Core.Errors.CloudException.InvalidParameter($"Physical network {network.Name} has no provider {name}");
                }
                if (provider.State == ProviderState.Enabled)
                {
                    Exists();
                    continue;
                }
                var element = await db.VirtualRouterElements.AsNoTracking().FirstOrDefaultAsync(e => e.ProviderId == provider.Id, ct);
                if (element is { Enabled: false })
                {
                    await Call("configureVirtualRouterElement", ("id", element.Uuid.ToString()), ("enabled", "true"));
                }
                await Call("updateNetworkServiceProvider", ("id", provider.Uuid.ToString()), ("state", "Enabled"));
            }
        }

        foreach (var range in file.PublicIpRanges)
        {
            var end = range.EndIp ?? range.StartIp;
            if (await db.VlanIpRanges.AnyAsync(v => v.ZoneId == zone.Id && v.Removed == null && v.StartIp == range.StartIp && v.EndIp == end, ct))
            {
                Exists();
                continue;
            }
            await Call("createVlanIpRange", ("zoneid", zoneId), ("vlan", range.Vlan), ("gateway", range.Gateway), ("netmask", range.Netmask),
                ("startip", range.StartIp), ("endip", range.EndIp), ("forvirtualnetwork", "true"));
        }

        foreach (var podSpec in file.Pods)
        {
            var pod = await db.Pods.AsNoTracking().FirstOrDefaultAsync(p => p.ZoneId == zone.Id && p.Name == podSpec.Name && p.Removed == null, ct);
            var podId = pod?.Uuid.ToString();
            if (pod is null)
            {
                podId = await Call("createPod", ("zoneid", zoneId), ("name", podSpec.Name), ("gateway", podSpec.Gateway), ("netmask", podSpec.Netmask),
                    ("startip", podSpec.StartIp), ("endip", podSpec.EndIp));
                pod = await db.Pods.AsNoTracking().FirstAsync(p => p.Uuid == Guid.Parse(podId), ct);
            }
            else
            {
                Exists();
            }
            foreach (var clusterSpec in podSpec.Clusters)
            {
                var cluster = await db.Clusters.AsNoTracking().FirstOrDefaultAsync(c => c.PodId == pod.Id && c.Name == clusterSpec.Name && c.Removed == null, ct);
                var clusterId = cluster?.Uuid.ToString();
                if (cluster is null)
                {
                    clusterId = await Call("addCluster", ("zoneid", zoneId), ("podid", podId), ("clustername", clusterSpec.Name), ("hypervisor", clusterSpec.Hypervisor), ("clustertype", "CloudManaged"));
                    cluster = await db.Clusters.AsNoTracking().FirstAsync(c => c.Uuid == Guid.Parse(clusterId), ct);
                }
                else
                {
                    Exists();
                }
                foreach (var host in clusterSpec.Hosts)
                {
                    if (await db.Hosts.AnyAsync(h => h.ClusterId == cluster.Id && h.Url == host.Url && h.Removed == null, ct))
                    {
                        Exists();
                        continue;
                    }
                    await Call("addHost", ("zoneid", zoneId), ("podid", podId), ("clusterid", clusterId), ("hypervisor", clusterSpec.Hypervisor), ("url", host.Url));
                }
                foreach (var pool in clusterSpec.PrimaryStorage)
                {
                    if (await db.StoragePools.AnyAsync(p => p.ZoneId == zone.Id && p.Name == pool.Name && p.Removed == null, ct))
                    {
                        Exists();
                        continue;
                    }
                    await Call("createStoragePool", ("zoneid", zoneId), ("podid", podId), ("clusterid", clusterId), ("name", pool.Name), ("url", pool.Url),
                        ("tags", pool.Tags), ("capacitybytes", pool.CapacityBytes?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        }

        foreach (var store in file.SecondaryStorage)
        {
            if (await db.ImageStores.AnyAsync(s => s.Url == store.Url && s.Removed == null, ct))
            {
                Exists();
                continue;
            }
            await Call("addImageStore", ("provider", "NFS"), ("zoneid", zoneId), ("name", store.Name), ("url", store.Url));
        }

        var current = await db.Zones.AsNoTracking().FirstAsync(z => z.Id == zone.Id, ct);
        if (spec.Enabled && current.AllocationState != AllocationState.Enabled)
        {
            await Call("updateZone", ("id", zoneId), ("allocationstate", "Enabled"));
        }
        return new Result(created, existing);
    }
}
