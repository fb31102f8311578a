using SharpStack.Agent.Networking.Router;
using SharpStack.Agent.Networking.SecurityGroups;
using SharpStack.Agent.Networking.Tests.TestKit;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Tests.Namespaces;

/// <summary>Every kind of rule the documents can hold, checked by the real tools (haproxy -c, dnsmasq --test, iptables-restore --test, nft -c).</summary>
[Collection(NamespaceCollection.Name)]
public sealed class GeneratedConfigsTests
{
    private static RouterConfig Everything(string router) => Docs.Router(router) with
    {
        PublicIps = [Docs.Public(Docs.SourceNatIp, sourceNat: true), Docs.Public("198.51.100.11"), new RouterPublicIp("203.0.113.5", "255.255.255.0", "203.0.113.1", "vlan://300", false)],
        DhcpEntries = [Docs.Dhcp("02:00:0a:01:01:0a", "10.1.1.10", "web-1"), Docs.Dhcp("02:00:0a:01:01:0b", "10.1.1.11", "web-2", isDefault: false)],
        FirewallRules =
        [
            Docs.Ingress("198.51.100.11", 22, "192.0.2.0/24", "203.0.113.0/24"),
            new FirewallRuleSpec("i2", "Ingress", "198.51.100.11", "udp", 1000, 2000, null, null, ["0.0.0.0/0"], []),
            new FirewallRuleSpec("i3", "Ingress", "198.51.100.11", "icmp", null, null, -1, -1, ["0.0.0.0/0"], []),
            new FirewallRuleSpec("i4", "Ingress", "203.0.113.5", "all", null, null, null, null, ["0.0.0.0/0"], []),
            new FirewallRuleSpec("e1", "Egress", null, "tcp", 25, 25, null, null, ["10.1.1.10/32"], ["0.0.0.0/0"]),
            new FirewallRuleSpec("e2", "Egress", null, "icmp", null, null, 8, 0, [], []),
            new FirewallRuleSpec("e3", "Egress", null, "all", null, null, null, null, [], ["192.0.2.0/24"]),
        ],
        PortForwards =
        [
            new PortForwardSpec("p1", "198.51.100.11", "tcp", 9000, 9010, "10.1.1.10", 8000, 8010),
            new PortForwardSpec("p2", "198.51.100.11", "udp", 53, 53, "10.1.1.10", 5353, 5353),
        ],
        StaticNats = [new StaticNatSpec("203.0.113.5", "10.1.1.11")],
        LoadBalancers =
        [
            new LoadBalancerSpec("l1", "198.51.100.10", 80, 8080, "tcp", "roundrobin", ["10.1.1.10", "10.1.1.11"],
                new LbStickinessSpec("LbCookie", new Dictionary<string, string> { ["cookie-name"] = "SS" }), new LbHealthCheckSpec("/health", 2, 5, 2, 3), ["192.0.2.0/24"]),
            new LoadBalancerSpec("l2", "198.51.100.10", 443, 443, "tcp-proxy", "source", ["10.1.1.10"],
                new LbStickinessSpec("SourceBased", new Dictionary<string, string>()), new LbHealthCheckSpec("", 1, 1, 1, 1), []),
            new LoadBalancerSpec("l3", "198.51.100.10", 8080, 8080, "tcp", "leastconn", ["10.1.1.11"],
                new LbStickinessSpec("AppCookie", new Dictionary<string, string>()), null, []),
        ],
    };

    [NamespaceFact]
    public async Task The_real_tools_accept_every_kind_of_generated_configuration()
    {
        await using var net = await TestNetwork.CreateAsync();
        var config = Everything(net.NewRouterName());
        var paths = new RouterPaths(net.StateDirectory, config.RouterName);
        Directory.CreateDirectory(paths.Directory);

        var haproxy = Path.Combine(paths.Directory, "check.cfg");
        await File.WriteAllTextAsync(haproxy, HaproxyConfig.Render(config, paths));
        await net.Runner.RunAsync(["haproxy", "-c", "-q", "-f", haproxy]);

        var files = DnsmasqConfig.Render(config, paths);
        await File.WriteAllTextAsync(paths.DnsmasqConf, files.Conf);
        await net.Runner.RunAsync(["dnsmasq", "--test", $"--conf-file={paths.DnsmasqConf}"]);

        await net.Runner.RunAsync(["iptables-restore", "--test"], net.HostNamespace, RouterFirewall.Render(config));

        SecurityGroupRulesRequest vm = new("i-2-10-VM", "uuid", 1, [new SecurityGroupNic("02:00:0a:01:01:0a", "10.1.1.10", 0), new SecurityGroupNic("02:00:0a:01:02:0a", null, 1)],
            [new SecurityRuleSpec("tcp", 22, 22, null, null, ["0.0.0.0/0"]), new SecurityRuleSpec("udp", 100, 200, null, null, ["10.0.0.0/8"]),
             new SecurityRuleSpec("icmp", null, null, -1, -1, ["0.0.0.0/0"]), new SecurityRuleSpec("all", null, null, null, null, ["192.0.2.1/32"])],
            [new SecurityRuleSpec("tcp", 443, 443, null, null, ["0.0.0.0/0"])], EgressDefaultAllow: false);
        await net.Runner.RunAsync(["iptables-restore", "--test", "--noflush"], net.HostNamespace, SecurityGroupRuleset.Render([vm]));
        await net.Runner.RunAsync(["nft", "-c", "-f", "-"], net.HostNamespace, BridgeArpGuard.Render([vm]));
    }
}
