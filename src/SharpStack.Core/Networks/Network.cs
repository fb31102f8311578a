namespace SharpStack.Core.Networks;

/// <summary>A guest network (upstream's networks table): its addressing, owner and state.</summary>
public sealed class Network
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string DisplayText { get; set; }
    public long ZoneId { get; set; }
    public long? PhysicalNetworkId { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public GuestType GuestType { get; set; } = GuestType.Isolated;
    public string TrafficType { get; set; } = "Guest";
    /// <summary>"Account" or "Domain": who may use it.</summary>
    public string AclType { get; set; } = "Account";
    /// <summary>Null on an L2 network, which has no addressing of its own.</summary>
    public string? Cidr { get; set; }
    public string? Gateway { get; set; }
    public string? Netmask { get; set; }
    public string? NetworkDomain { get; set; }
    public string? BroadcastUri { get; set; }
    public NetworkState State { get; set; } = NetworkState.Allocated;
    /// <summary>The management server implementing the network while it is Implementing; its death hands the network back.</summary>
    public long? ImplementingServerId { get; set; }
    public long? NetworkOfferingId { get; set; }
    /// <summary>The VPC this network is a tier of, and the ACL list its traffic passes.</summary>
    public long? VpcId { get; set; }
    public long? NetworkAclId { get; set; }
    public string? Dns1 { get; set; }
    public string? Dns2 { get; set; }
    /// <summary>Set when the network's router must be restarted for a change to take effect.</summary>
    public bool RestartRequired { get; set; }
    public bool DisplayNetwork { get; set; } = true;
    /// <summary>For a domain-wide shared network: whether subdomains' accounts may use it too.</summary>
    public bool? SubdomainAccess { get; set; }
    /// <summary>
    /// "zone:account" on the network made automatically for an account's first instance in a zone
    /// (cleared when it is removed); unique, so concurrent first deployments make only one.
    /// </summary>
    public string? DefaultKey { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

public enum GuestType
{
    Isolated,
    Shared,
    L2,
}

/// <summary>Upstream's Network.State values.</summary>
public enum NetworkState
{
    Allocated,
    Setup,
    Implementing,
    Implemented,
    Shutdown,
    Destroy,
}

/// <summary>An instance's network interface: its address on one network.</summary>
public sealed class Nic
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long VmId { get; set; }
    public long NetworkId { get; set; }
    /// <summary>Null on an L2 network, where the guest chooses its own address.</summary>
    public string? Ipv4Address { get; set; }
    public string? Netmask { get; set; }
    public string? Gateway { get; set; }
    /// <summary>Set right after insert, from the nic's id, so no two nics share one.</summary>
    public string? MacAddress { get; set; }
    public int DeviceId { get; set; }
    public bool IsDefault { get; set; }
    public DateTime Created { get; set; }

    /// <summary>A locally administered unicast address (02:00:...) made from the nic id, unique while ids are.</summary>
    public static string MacFor(long nicId) =>
        $"02:00:{(nicId >> 24) & 0xFF:x2}:{(nicId >> 16) & 0xFF:x2}:{(nicId >> 8) & 0xFF:x2}:{nicId & 0xFF:x2}";
}
