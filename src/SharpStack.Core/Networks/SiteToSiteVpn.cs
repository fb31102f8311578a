namespace SharpStack.Core.Networks;

/// <summary>The far end of a site-to-site VPN (upstream's s2s_customer_gateway); the IPsec key is encrypted with the server key.</summary>
public sealed class VpnCustomerGateway
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string Gateway { get; set; }
    /// <summary>Comma-separated guest CIDRs behind the gateway.</summary>
    public required string Cidrs { get; set; }
    public required string IpsecPsk { get; set; }
    public required string IkePolicy { get; set; }
    public required string EspPolicy { get; set; }
    public long IkeLifetime { get; set; } = 86400;
    public long EspLifetime { get; set; } = 3600;
    public bool Dpd { get; set; }
    public bool ForceEncap { get; set; }
    public string IkeVersion { get; set; } = "ike";
    public bool SplitConnections { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

/// <summary>A VPC's site-to-site VPN end (upstream's s2s_vpn_gateway), on the VPC's source NAT address.</summary>
public sealed class VpnGateway
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long VpcId { get; set; }
    public long IpAddressId { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public bool ForDisplay { get; set; } = true;
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

/// <summary>An IPsec tunnel between a VPN gateway and a customer gateway (upstream's s2s_vpn_connection).</summary>
public sealed class VpnConnection
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long VpnGatewayId { get; set; }
    public long CustomerGatewayId { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public VpnConnectionState State { get; set; } = VpnConnectionState.Pending;
    public bool Passive { get; set; }
    public bool ForDisplay { get; set; } = true;
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

/// <summary>Upstream's Site2SiteVpnConnection.State.</summary>
public enum VpnConnectionState
{
    Pending,
    Connecting,
    Connected,
    Disconnected,
    Error,
    Removed,
}
