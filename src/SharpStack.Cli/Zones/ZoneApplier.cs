using System.Globalization;
using System.Text.Json;
using SharpStack.Contract.Zones;

namespace SharpStack.Cli.Zones;

/// <summary>
/// `sharpstack zone apply FILE`: builds what a zone file names and the cloud lacks, through the
/// API in the order an administrator would (zone, physical networks with traffic types and
/// providers, public IP ranges, pods, clusters, hosts, primary and secondary storage, then
/// enabling the zone). What exists is found by name (image stores by URL, IP ranges by their
/// addresses) and left as it is, so a second apply changes nothing. Hosts have no name in the
/// file and their URL is not in the API's answers: a cluster that already has n hosts gets only
/// the file's hosts after the n-th.
/// </summary>
public sealed class ZoneApplier(ZoneApi api)
{
    public async Task ApplyAsync(ZoneFile file)
    {
        var spec = file.Zone;
        var zoneId = await api.EnsureAsync(await api.FindAsync("listZones", "zone", "name", spec.Name, ("name", spec.Name)),
            "createZone", ("name", spec.Name), ("networktype", spec.NetworkType), ("dns1", spec.Dns1), ("dns2", spec.Dns2),
            ("internaldns1", spec.InternalDns1), ("internaldns2", spec.InternalDns2), ("guestcidraddress", spec.GuestCidrAddress), ("domain", spec.Domain));
        foreach (var network in file.PhysicalNetworks)
        {
            await ApplyPhysicalNetworkAsync(zoneId, network);
        }
        foreach (var range in file.PublicIpRanges)
        {
            await ApplyIpRangeAsync(zoneId, range);
        }
        foreach (var pod in file.Pods)
        {
            await ApplyPodAsync(zoneId, pod);
        }
        foreach (var store in file.SecondaryStorage)
        {
            if (await api.FindAsync("listImageStores", "imagestore", "url", store.Url) is not null)
            {
                api.Exists();
                continue;
            }
            await api.ChangeAsync("addImageStore", ("provider", "NFS"), ("zoneid", zoneId), ("name", store.Name), ("url", store.Url));
        }
        var current = await api.FindAsync("listZones", "zone", "id", zoneId, ("id", zoneId));
        if (spec.Enabled && current is { } now && now.GetProperty("allocationstate").GetString() != "Enabled")
        {
            await api.ChangeAsync("updateZone", ("id", zoneId), ("allocationstate", "Enabled"));
        }
    }

    private async Task ApplyPhysicalNetworkAsync(string zoneId, PhysicalNetworkSpec network)
    {
        var physicalId = await api.EnsureAsync(await api.FindAsync("listPhysicalNetworks", "physicalnetwork", "name", network.Name, ("zoneid", zoneId)),
            "createPhysicalNetwork", ("zoneid", zoneId), ("name", network.Name), ("isolationmethods", network.IsolationMethods), ("vlan", network.Vlan));
        var traffic = await api.ListAsync("listTrafficTypes", "traffictype", ("physicalnetworkid", physicalId));
        foreach (var type in network.TrafficTypes)
        {
            if (traffic.Any(t => string.Equals(t.GetProperty("traffictype").GetString(), type.Type, StringComparison.OrdinalIgnoreCase)))
            {
                api.Exists();
                continue;
            }
            await api.ChangeAsync("addTrafficType", ("physicalnetworkid", physicalId), ("traffictype", type.Type), ("kvmnetworklabel", type.KvmNetworkLabel));
        }
        var physical = await api.FindAsync("listPhysicalNetworks", "physicalnetwork", "id", physicalId, ("id", physicalId));
        if (physical is { } p && p.GetProperty("state").GetString() != "Enabled")
        {
            await api.ChangeAsync("updatePhysicalNetwork", ("id", physicalId), ("state", "Enabled"));
        }
        foreach (var name in network.Providers)
        {
            var provider = await api.FindAsync("listNetworkServiceProviders", "networkserviceprovider", "name", name, ("physicalnetworkid", physicalId), ("name", name))
                           ?? throw new CliException($"Physical network {network.Name} has no provider {name}", ExitCodes.ApiError);
            if (provider.GetProperty("state").GetString() == "Enabled")
            {
                api.Exists();
                continue;
            }
            var providerId = Id(provider);
            foreach (var element in await api.ListAsync("listVirtualRouterElements", "virtualrouterelement", ("nspid", providerId)))
            {
                if (!element.GetProperty("enabled").GetBoolean())
                {
                    await api.ChangeAsync("configureVirtualRouterElement", ("id", Id(element)), ("enabled", "true"));
                }
            }
            await api.ChangeAsync("updateNetworkServiceProvider", ("id", providerId), ("state", "Enabled"));
        }
    }

    private async Task ApplyIpRangeAsync(string zoneId, IpRangeSpec range)
    {
        var end = range.EndIp ?? range.StartIp;
        var ranges = await api.ListAsync("listVlanIpRanges", "vlaniprange", ("zoneid", zoneId));
        if (ranges.Any(r => r.GetProperty("startip").GetString() == range.StartIp && r.GetProperty("endip").GetString() == end))
        {
            api.Exists();
            return;
        }
        await api.ChangeAsync("createVlanIpRange", ("zoneid", zoneId), ("vlan", range.Vlan), ("gateway", range.Gateway), ("netmask", range.Netmask),
            ("startip", range.StartIp), ("endip", range.EndIp), ("forvirtualnetwork", "true"));
    }

    private async Task ApplyPodAsync(string zoneId, PodSpec spec)
    {
        var podId = await api.EnsureAsync(await api.FindAsync("listPods", "pod", "name", spec.Name, ("zoneid", zoneId), ("name", spec.Name)),
            "createPod", ("zoneid", zoneId), ("name", spec.Name), ("gateway", spec.Gateway), ("netmask", spec.Netmask), ("startip", spec.StartIp), ("endip", spec.EndIp));
        foreach (var cluster in spec.Clusters)
        {
            await ApplyClusterAsync(zoneId, podId, cluster);
        }
    }

    private async Task ApplyClusterAsync(string zoneId, string podId, ClusterSpec spec)
    {
        var clusterId = await api.EnsureAsync(await api.FindAsync("listClusters", "cluster", "name", spec.Name, ("podid", podId), ("name", spec.Name)),
            "addCluster", ("zoneid", zoneId), ("podid", podId), ("clustername", spec.Name), ("hypervisor", spec.Hypervisor), ("clustertype", "CloudManaged"));
        var hostCount = (await api.ListAsync("listHosts", "host", ("clusterid", clusterId), ("type", "Routing"))).Count;
        for (var i = 0; i < spec.Hosts.Count; i++)
        {
            if (i < hostCount)
            {
                api.Exists();
                continue;
            }
            await api.ChangeAsync("addHost", ("zoneid", zoneId), ("podid", podId), ("clusterid", clusterId), ("hypervisor", spec.Hypervisor), ("url", spec.Hosts[i].Url));
        }
        foreach (var pool in spec.PrimaryStorage)
        {
            if (await api.FindAsync("listStoragePools", "storagepool", "name", pool.Name, ("zoneid", zoneId), ("name", pool.Name)) is not null)
            {
                api.Exists();
                continue;
            }
            await api.ChangeAsync("createStoragePool", ("zoneid", zoneId), ("podid", podId), ("clusterid", clusterId), ("name", pool.Name), ("url", pool.Url),
                ("tags", pool.Tags), ("capacitybytes", pool.CapacityBytes?.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static string Id(JsonElement item) => item.GetProperty("id").GetString()!;
}
