using SharpStack.Agent.Networking.Router;
using SharpStack.Agent.Networking.Tests.TestKit;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Tests.Units;

public sealed class HaproxyConfigTests
{
    private static readonly RouterPaths Paths = new("/state", "r-1");

    private static List<string> Lines(params LoadBalancerSpec[] rules) =>
        HaproxyConfig.Render(Docs.Router("r-1") with { LoadBalancers = rules }, Paths).Split('\n').Select(l => l.Trim()).ToList();

    [Fact]
    public void A_rule_listens_on_its_public_port_and_balances_over_its_members()
    {
        var lines = Lines(new LoadBalancerSpec("lb", "198.51.100.13", 80, 8080, "tcp", "leastconn", ["10.1.1.10", "10.1.1.11"], null, null, []));

        Assert.Contains("bind 198.51.100.13:80", lines);
        Assert.Contains("mode tcp", lines);
        Assert.Contains("balance leastconn", lines);
        Assert.Contains("server s0 10.1.1.10:8080 check", lines);
        Assert.Contains("server s1 10.1.1.11:8080 check", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("tcp-request", StringComparison.Ordinal));
    }

    [Fact]
    public void Health_checks_stickiness_and_source_cidrs_are_honoured()
    {
        var lines = Lines(new LoadBalancerSpec("lb", "198.51.100.13", 80, 80, "tcp", "source", ["10.1.1.10"],
            new LbStickinessSpec("LbCookie", new Dictionary<string, string> { ["cookie-name"] = "SS" }),
            new LbHealthCheckSpec("health", 2, 5, 2, 3), ["192.0.2.0/24"]));

        Assert.Contains("balance source", lines);
        Assert.Contains("mode http", lines);
        Assert.Contains("cookie SS insert indirect nocache", lines);
        Assert.Contains("option httpchk GET /health", lines);
        Assert.Contains("timeout check 2s", lines);
        Assert.Contains("server s0 10.1.1.10:80 check inter 5s rise 2 fall 3 cookie s0", lines);
        Assert.Contains("tcp-request connection reject unless { src 192.0.2.0/24 }", lines);
    }

    [Fact]
    public void Tcp_proxy_rules_send_the_proxy_protocol_to_members()
    {
        var lines = Lines(new LoadBalancerSpec("lb", "198.51.100.13", 80, 80, "tcp-proxy", "roundrobin", ["10.1.1.10"], null, null, []));

        Assert.Contains("server s0 10.1.1.10:80 check send-proxy", lines);
    }

    [Fact]
    public void Source_based_stickiness_uses_a_stick_table_and_udp_rules_are_not_served()
    {
        var sticky = new LoadBalancerSpec("lb", "198.51.100.13", 80, 80, "tcp", "roundrobin", ["10.1.1.10"],
            new LbStickinessSpec("SourceBased", new Dictionary<string, string> { ["expire"] = "10m" }), null, []);
        var udp = sticky with { Uuid = "udp", Protocol = "udp", PublicPort = 53 };

        var lines = Lines(sticky, udp);

        Assert.Contains("stick-table type ip size 200k expire 10m", lines);
        Assert.Contains("stick on src", lines);
        Assert.Contains("server s0 10.1.1.10:80 check", lines);
        Assert.DoesNotContain("bind 198.51.100.13:53", lines);
    }
}
