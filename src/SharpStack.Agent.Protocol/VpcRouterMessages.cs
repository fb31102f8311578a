namespace SharpStack.Agent.Protocol;

/// <summary>
/// A VPC router's part of its document (absent for an isolated network's router): every tier with
/// its ACL, the private gateways, static routes and site-to-site VPN. Guest in the document then
/// names the VPC itself (its CIDR), DHCP entries, public addresses and NAT rules cover all tiers.
/// </summary>
public sealed record RouterVpc(
    string VpcUuid,
    string Cidr,
    IReadOnlyList<RouterVpcTier> Tiers,
    IReadOnlyList<RouterPrivateGateway> PrivateGateways,
    IReadOnlyList<StaticRouteSpec> StaticRoutes,
    RouterSiteToSiteVpn? SiteToSiteVpn);

/// <summary>A tier: its addressing (the router holds its gateway address) and the ACL its traffic passes, by ascending number.</summary>
public sealed record RouterVpcTier(RouterGuestNetwork Network, string AclUuid, string AclName, IReadOnlyList<AclRuleSpec> Acl);

/// <param name="Traffic">"Ingress" (into the tier) or "Egress" (out of it).</param>
/// <param name="Action">"Allow" or "Deny".</param>
public sealed record AclRuleSpec(string Uuid, int Number, string Traffic, string Protocol, int? StartPort, int? EndPort,
    int? IcmpType, int? IcmpCode, IReadOnlyList<string> Cidrs, string Action);

public sealed record RouterPrivateGateway(string Uuid, string IpAddress, string Gateway, string Netmask, string BroadcastUri, bool SourceNat,
    string AclUuid, IReadOnlyList<AclRuleSpec> Acl);

public sealed record StaticRouteSpec(string Uuid, string Cidr, string NextHop);

/// <summary>The VPC's site-to-site VPN end on PublicIp and its IPsec connections.</summary>
public sealed record RouterSiteToSiteVpn(string PublicIp, IReadOnlyList<SiteToSiteConnectionSpec> Connections);

public sealed record SiteToSiteConnectionSpec(string Uuid, string PeerGateway, IReadOnlyList<string> PeerCidrs, IReadOnlyList<string> LocalCidrs,
    string PresharedKey, string IkePolicy, string EspPolicy, long IkeLifetime, long EspLifetime, bool Dpd, bool ForceEncap,
    string IkeVersion, bool SplitConnections, bool Passive);
