using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Tests.TestKit;

/// <summary>Router documents for the tests: guest network 10.1.1.0/24 behind router 10.1.1.1, public 198.51.100.0/24 behind gateway .1.</summary>
public static class Docs
{
    public const string GuestCidr = "10.1.1.0/24";
    public const string RouterIp = "10.1.1.1";
    public const string PublicGateway = "198.51.100.1";
    public const string SourceNatIp = "198.51.100.10";
    public const string Domain = "cs1.internal";
    public const string GuestBroadcastUri = "vlan://100";
    public const string PublicBroadcastUri = "vlan://200";

    public static RouterConfig Router(string routerName, long version = 1) =>
        new(version, routerName,
            new RouterGuestNetwork("net-1", GuestCidr, RouterIp, "255.255.255.0", RouterIp, "02:01:00:00:00:01", GuestBroadcastUri, Domain, [PublicGateway]),
            [Public(SourceNatIp, sourceNat: true)],
            [], [], [], [], [], EgressDefaultAllow: true, Metadata: []);

    public static RouterPublicIp Public(string address, bool sourceNat = false) =>
        new(address, "255.255.255.0", PublicGateway, PublicBroadcastUri, sourceNat);

    public static DhcpEntry Dhcp(string mac, string ip, string host, bool isDefault = true) => new(mac, ip, host, isDefault, isDefault ? RouterIp : null);

    public static FirewallRuleSpec Ingress(string publicIp, int port, params string[] sources) =>
        new($"fw-{publicIp}-{port}", "Ingress", publicIp, "tcp", port, port, null, null, sources.Length == 0 ? ["0.0.0.0/0"] : sources, []);

    public static GuestMetadata Metadata(string ip, string host, string? userData = null, string? password = null) =>
        new(ip, $"uuid-{host}", host, SourceNatIp, userData, ["ssh-ed25519 AAAA test@example"], "Small Instance", "zone1", password);
}
