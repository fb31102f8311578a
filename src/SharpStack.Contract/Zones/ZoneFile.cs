using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SharpStack.Contract.Zones;

/// <summary>
/// A whole zone in one YAML file: the zone, its physical networks with traffic types and
/// providers, public IP ranges, pods with clusters, hosts and primary storage, and secondary
/// storage. Names (and URLs for hosts and image stores) identify what already exists.
/// </summary>
public sealed class ZoneFile
{
    public ZoneSpec Zone { get; set; } = new();
    public List<PhysicalNetworkSpec> PhysicalNetworks { get; set; } = [];
    public List<IpRangeSpec> PublicIpRanges { get; set; } = [];
    public List<PodSpec> Pods { get; set; } = [];
    public List<ImageStoreSpec> SecondaryStorage { get; set; } = [];

    public static ZoneFile Parse(string yaml) =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<ZoneFile>(yaml) ?? new ZoneFile();
}

public sealed class ZoneSpec
{
    public string Name { get; set; } = "";
    public string NetworkType { get; set; } = "Advanced";
    public string Dns1 { get; set; } = "";
    public string? Dns2 { get; set; }
    public string InternalDns1 { get; set; } = "";
    public string? InternalDns2 { get; set; }
    public string? GuestCidrAddress { get; set; }
    public string? Domain { get; set; }
    public bool Enabled { get; set; } = true;
}

public sealed class PhysicalNetworkSpec
{
    public string Name { get; set; } = "";
    public string IsolationMethods { get; set; } = "VLAN";
    public string? Vlan { get; set; }
    public List<TrafficSpec> TrafficTypes { get; set; } = [];
    /// <summary>Providers to enable (VirtualRouter, VpcVirtualRouter, SecurityGroupProvider).</summary>
    public List<string> Providers { get; set; } = [];
}

public sealed class TrafficSpec
{
    public string Type { get; set; } = "";
    public string? KvmNetworkLabel { get; set; }
}

public sealed class IpRangeSpec
{
    public string Vlan { get; set; } = "untagged";
    public string Gateway { get; set; } = "";
    public string Netmask { get; set; } = "";
    public string StartIp { get; set; } = "";
    public string? EndIp { get; set; }
}

public sealed class PodSpec
{
    public string Name { get; set; } = "";
    public string Gateway { get; set; } = "";
    public string Netmask { get; set; } = "";
    public string? StartIp { get; set; }
    public string? EndIp { get; set; }
    public List<ClusterSpec> Clusters { get; set; } = [];
}

public sealed class ClusterSpec
{
    public string Name { get; set; } = "";
    public string Hypervisor { get; set; } = "Simulator";
    public List<HostSpec> Hosts { get; set; } = [];
    public List<PoolSpec> PrimaryStorage { get; set; } = [];
}

public sealed class HostSpec
{
    public string Url { get; set; } = "";
}

public sealed class PoolSpec
{
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    public string? Tags { get; set; }
    public long? CapacityBytes { get; set; }
}

public sealed class ImageStoreSpec
{
    public string? Name { get; set; }
    public string Url { get; set; } = "";
}
