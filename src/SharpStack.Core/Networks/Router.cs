namespace SharpStack.Core.Networks;

/// <summary>
/// A guest network's virtual router (upstream's domain_router): DHCP, DNS, NAT, firewall, port
/// forwarding, load balancing and VPN for one network. It runs as a network namespace on a host
/// of the zone, so it takes none of the hosts' guest capacity.
/// </summary>
public sealed class Router
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    /// <summary>The isolated network the router serves; null for a VPC's router, which serves every tier of VpcId.</summary>
    public long? NetworkId { get; set; }
    public long? VpcId { get; set; }
    public long ZoneId { get; set; }
    public long? PodId { get; set; }
    public long? HostId { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public long? ServiceOfferingId { get; set; }
    public RouterState State { get; set; } = RouterState.Starting;
    public string Role { get; set; } = "VIRTUAL_ROUTER";
    public string RedundantState { get; set; } = "UNKNOWN";
    public bool IsRedundant { get; set; }
    public string? GuestIpAddress { get; set; }
    public string? GuestMacAddress { get; set; }
    public string? LinkLocalIp { get; set; }
    public string Version { get; set; } = "1.0";
    /// <summary>Bumped on every change to what the router must apply; the router reports the one it applied.</summary>
    public long ConfigVersion { get; set; }
    public long AppliedConfigVersion { get; set; }
    /// <summary>The last document the router's host confirmed applying (JSON), kept for operators and tests.</summary>
    public string? AppliedConfig { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

/// <summary>Upstream's router states (VirtualMachine.State names).</summary>
public enum RouterState
{
    Starting,
    Running,
    Stopping,
    Stopped,
    Destroyed,
    Error,
}
