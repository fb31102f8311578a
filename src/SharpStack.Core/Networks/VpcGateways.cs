namespace SharpStack.Core.Networks;

/// <summary>A VPC's private gateway (upstream's vpc_gateways of type Private): a leg of the VPC router on an admin-given VLAN.</summary>
public sealed class PrivateGateway
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long VpcId { get; set; }
    public long ZoneId { get; set; }
    public long? PhysicalNetworkId { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public required string IpAddress { get; set; }
    public required string Gateway { get; set; }
    public required string Netmask { get; set; }
    /// <summary>vlan://N, as upstream shows the gateway's VLAN.</summary>
    public required string BroadcastUri { get; set; }
    public bool SourceNatSupported { get; set; }
    public long AclId { get; set; }
    /// <summary>Upstream's VpcGateway.State: Creating, Ready, Deleting.</summary>
    public string State { get; set; } = "Ready";
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

/// <summary>A VPC static route (upstream's static_routes): a CIDR reached through a private gateway (or a next hop).</summary>
public sealed class StaticRoute
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long VpcId { get; set; }
    public long? GatewayId { get; set; }
    public string? NextHop { get; set; }
    public required string Cidr { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    /// <summary>Upstream's StaticRoute.State: Staged, Add, Active, Revoke.</summary>
    public string State { get; set; } = "Active";
    public DateTime Created { get; set; }
}
