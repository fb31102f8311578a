namespace SharpStack.Core.Infrastructure;

/// <summary>A zone's physical network: its isolation method, guest VLAN/VNI range and the traffic it carries.</summary>
public sealed class PhysicalNetwork
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public long ZoneId { get; set; }
    /// <summary>Guest VLAN or VNI ranges, e.g. "100-199,300-310".</summary>
    public string? Vlan { get; set; }
    /// <summary>Comma-separated isolation methods (VLAN, VXLAN, ...).</summary>
    public string IsolationMethods { get; set; } = "VLAN";
    public string? Tags { get; set; }
    public string BroadcastDomainRange { get; set; } = "ZONE";
    public string? NetworkSpeed { get; set; }
    public long? DomainId { get; set; }
    public PhysicalNetworkState State { get; set; } = PhysicalNetworkState.Disabled;
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

public enum PhysicalNetworkState
{
    Disabled,
    Enabled,
}

/// <summary>A kind of traffic a physical network carries, with the host bridge labels per hypervisor.</summary>
public sealed class TrafficType
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long PhysicalNetworkId { get; set; }
    public TrafficKind Kind { get; set; }
    public string? KvmLabel { get; set; }
    public string? XenLabel { get; set; }
    public string? VmwareLabel { get; set; }
    public string? HypervLabel { get; set; }
    public string? Ovm3Label { get; set; }
    public string? Vlan { get; set; }
}

public enum TrafficKind
{
    Guest,
    Management,
    Public,
    Storage,
}

/// <summary>A network service provider on a physical network (VirtualRouter, SecurityGroupProvider, ...).</summary>
public sealed class NetworkServiceProvider
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long PhysicalNetworkId { get; set; }
    public long? DestinationPhysicalNetworkId { get; set; }
    public required string Name { get; set; }
    public ProviderState State { get; set; } = ProviderState.Disabled;
    /// <summary>Comma-separated services the provider offers.</summary>
    public required string Services { get; set; }
}

public enum ProviderState
{
    Disabled,
    Enabled,
    Shutdown,
}

/// <summary>The virtual router element of a VirtualRouter or VpcVirtualRouter provider.</summary>
public sealed class VirtualRouterElement
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long ProviderId { get; set; }
    public bool Enabled { get; set; }
}

/// <summary>A range of public (or system VM) addresses on a VLAN of a zone.</summary>
public sealed class VlanIpRange
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long ZoneId { get; set; }
    public long? PodId { get; set; }
    public long PhysicalNetworkId { get; set; }
    /// <summary>"vlan://100" or "vlan://untagged", as upstream stores it.</summary>
    public required string Vlan { get; set; }
    public required string Gateway { get; set; }
    public required string Netmask { get; set; }
    public required string StartIp { get; set; }
    public required string EndIp { get; set; }
    public bool ForVirtualNetwork { get; set; } = true;
    public bool ForSystemVms { get; set; }
    public long? DomainId { get; set; }
    public long? AccountId { get; set; }
    /// <summary>The shared guest network whose addresses this range holds (createNetwork startip/endip).</summary>
    public long? NetworkId { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}
