namespace SharpStack.Agent.Protocol;

/// <summary>
/// Everything a guest network's virtual router must do, as one document. The agent applies the
/// whole document (DHCP/DNS, addresses, NAT, firewall, load balancing) and ignores one whose
/// version is older than the last it applied, so documents may arrive in any order.
/// </summary>
public sealed record RouterConfig(
    long Version,
    string RouterName,
    RouterGuestNetwork Guest,
    IReadOnlyList<RouterPublicIp> PublicIps,
    IReadOnlyList<DhcpEntry> DhcpEntries,
    IReadOnlyList<FirewallRuleSpec> FirewallRules,
    IReadOnlyList<PortForwardSpec> PortForwards,
    IReadOnlyList<StaticNatSpec> StaticNats,
    IReadOnlyList<LoadBalancerSpec> LoadBalancers,
    bool EgressDefaultAllow,
    RouterVpn? Vpn = null,
    IReadOnlyList<GuestMetadata>? Metadata = null,
    RouterVpc? Vpc = null);

/// <summary>The network's remote access VPN (L2TP/IPsec): where it listens, the clients' range, the key and the users.</summary>
public sealed record RouterVpn(string PublicIp, string LocalIp, string ClientRange, string PresharedKey, IReadOnlyList<VpnUserSpec> Users);

public sealed record VpnUserSpec(string Username, string Password);

/// <summary>The guest side of a router: the network's addressing, its VLAN and the router's own address on it.</summary>
public sealed record RouterGuestNetwork(
    string NetworkUuid,
    string? Cidr,
    string? Gateway,
    string? Netmask,
    string? RouterIp,
    string RouterMac,
    string? BroadcastUri,
    string? NetworkDomain,
    IReadOnlyList<string> Dns);

/// <summary>A public address the router holds; SourceNat marks the one guests' outbound traffic leaves by.</summary>
public sealed record RouterPublicIp(string Address, string Netmask, string Gateway, string BroadcastUri, bool SourceNat);

/// <summary>
/// What the router's metadata service answers to the guest at Ipv4Address (EC2-style paths under
/// /latest/): UserData is base64 as the API took it; PublicKeys are OpenSSH public keys.
/// </summary>
public sealed record GuestMetadata(
    string Ipv4Address,
    string InstanceId,
    string LocalHostname,
    string? PublicIpv4,
    string? UserData,
    IReadOnlyList<string> PublicKeys,
    string ServiceOffering,
    string AvailabilityZone,
    string? Password = null);

public sealed record DhcpEntry(string MacAddress, string Ipv4Address, string HostName, bool IsDefault, string? Gateway);

/// <param name="Traffic">"Ingress" (to a public address) or "Egress" (from guests).</param>
public sealed record FirewallRuleSpec(string Uuid, string Traffic, string? PublicIp, string Protocol, int? StartPort, int? EndPort,
    int? IcmpType, int? IcmpCode, IReadOnlyList<string> SourceCidrs, IReadOnlyList<string> DestinationCidrs);

public sealed record PortForwardSpec(string Uuid, string PublicIp, string Protocol, int PublicStartPort, int PublicEndPort,
    string PrivateIp, int PrivateStartPort, int PrivateEndPort);

public sealed record StaticNatSpec(string PublicIp, string PrivateIp);

/// <param name="Backends">The members' guest addresses; the router sends to PrivatePort on each.</param>
public sealed record LoadBalancerSpec(string Uuid, string PublicIp, int PublicPort, int PrivatePort, string Protocol, string Algorithm,
    IReadOnlyList<string> Backends, LbStickinessSpec? Stickiness, LbHealthCheckSpec? HealthCheck, IReadOnlyList<string> SourceCidrs);

public sealed record LbStickinessSpec(string Method, IReadOnlyDictionary<string, string> Params);

public sealed record LbHealthCheckSpec(string PingPath, int ResponseTimeSeconds, int IntervalSeconds, int HealthyThreshold, int UnhealthyThreshold);

/// <summary>Starts (or restarts) a router namespace for a network on a host, with its first document.</summary>
public sealed record StartRouterRequest(string RouterName, string RouterUuid, RouterConfig Config);

public sealed record StopRouterRequest(string RouterName);

public sealed record ApplyRouterConfigRequest(RouterConfig Config);
