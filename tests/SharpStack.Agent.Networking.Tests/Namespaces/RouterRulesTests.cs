using System.Diagnostics;
using SharpStack.Agent.Networking.Tests.TestKit;
using SharpStack.Agent.Protocol;
using Xunit.Abstractions;

namespace SharpStack.Agent.Networking.Tests.Namespaces;

[Collection(NamespaceCollection.Name)]
public sealed class RouterRulesTests(ITestOutputHelper output)
{
    private const string ForwardIp = "198.51.100.11";
    private const string StaticNatIp = "198.51.100.12";

    [NamespaceFact]
    public async Task Port_forwarding_and_static_nat_reach_guests_only_while_a_firewall_rule_allows_and_a_change_lands_within_a_second()
    {
        await using var net = await TestNetwork.CreateAsync();
        var router = net.NewRouterName();
        var g1 = await net.AddGuestAsync("i-2-10-VM", "02:00:0a:01:01:0a");
        var g2 = await net.AddGuestAsync("i-2-11-VM", "02:00:0a:01:01:0b");
        var open = Docs.Router(router, version: 1) with
        {
            PublicIps = [Docs.Public(Docs.SourceNatIp, sourceNat: true), Docs.Public(ForwardIp), Docs.Public(StaticNatIp)],
            DhcpEntries = [Docs.Dhcp(g1.Mac, "10.1.1.10", "web-1"), Docs.Dhcp(g2.Mac, "10.1.1.11", "web-2")],
            PortForwards =
            [
                new PortForwardSpec("pf-1", ForwardIp, "tcp", 8080, 8080, "10.1.1.10", 80, 80),
                new PortForwardSpec("pf-2", ForwardIp, "tcp", 9000, 9001, "10.1.1.10", 8000, 8001),
            ],
            StaticNats = [new StaticNatSpec(StaticNatIp, "10.1.1.11")],
            FirewallRules =
            [
                Docs.Ingress(ForwardIp, 8080),
                new FirewallRuleSpec("fw-range", "Ingress", ForwardIp, "tcp", 9000, 9001, null, null, ["198.51.100.0/24"], []),
                Docs.Ingress(StaticNatIp, 80),
            ],
        };
        await net.Routers.StartAsync(new StartRouterRequest(router, "uuid", open), CancellationToken.None);
        await g1.DhcpAsync();
        await g2.DhcpAsync();
        await g1.ServeAsync(80, "g1");
        await g1.ServeAsync(8000, "g1-8000");
        await g1.ServeAsync(8001, "g1-8001");
        await g2.ServeAsync(80, "g2");

        Assert.Equal("g1", await NsHttp.GetAsync(net.PublicNamespace, ForwardIp, 8080));
        Assert.Equal("g1-8000", await NsHttp.GetAsync(net.PublicNamespace, ForwardIp, 9000));
        Assert.Equal("g1-8001", await NsHttp.GetAsync(net.PublicNamespace, ForwardIp, 9001));
        Assert.Equal("g2", await NsHttp.GetAsync(net.PublicNamespace, StaticNatIp, 80));
        // No rule for port 80 of the forwarding address, nor for 8080 of the static NAT one.
        Assert.Null(await NsHttp.GetAsync(net.PublicNamespace, ForwardIp, 80, timeoutMs: 500));
        Assert.Null(await NsHttp.GetAsync(net.PublicNamespace, StaticNatIp, 8080, timeoutMs: 500));

        // The static NAT guest's own outbound traffic leaves by its static NAT address.
        using (var listener = NsHttp.Listen(net.PublicNamespace, Docs.PublicGateway, 7001))
        {
            var seen = NsHttp.AcceptOneAsync(listener, 3000);
            Assert.True(await NsHttp.ConnectAsync(g2.Namespace, Docs.PublicGateway, 7001));
            Assert.Equal(StaticNatIp, await seen);
        }

        var closed = open with { Version = 2, FirewallRules = open.FirewallRules.Where(r => r.PublicIp != ForwardIp).ToList() };
        await net.Routers.ApplyAsync(closed, CancellationToken.None);
        Assert.Null(await NsHttp.GetAsync(net.PublicNamespace, ForwardIp, 8080, timeoutMs: 500));
        Assert.Equal("g2", await NsHttp.GetAsync(net.PublicNamespace, StaticNatIp, 80));

        var clock = Stopwatch.StartNew();
        await net.Routers.ApplyAsync(open with { Version = 3 }, CancellationToken.None);
        var applied = clock.Elapsed;
        string? answer = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(5) && (answer = await NsHttp.GetAsync(net.PublicNamespace, ForwardIp, 8080, timeoutMs: 200)) != "g1")
        {
        }
        var reachable = clock.Elapsed;
        output.WriteLine($"firewall rule change: applied in {applied.TotalMilliseconds:F0} ms, port forward answering after {reachable.TotalMilliseconds:F0} ms");
        Assert.Equal("g1", answer);
        Assert.True(reachable < TimeSpan.FromSeconds(1), $"the rule change took {reachable.TotalMilliseconds:F0} ms");
    }

    [NamespaceFact]
    public async Task An_older_document_is_ignored_and_the_same_document_again_changes_nothing()
    {
        await using var net = await TestNetwork.CreateAsync();
        var router = net.NewRouterName();
        var g1 = await net.AddGuestAsync("i-2-10-VM", "02:00:0a:01:01:0a");
        var current = Docs.Router(router, version: 5) with
        {
            PublicIps = [Docs.Public(Docs.SourceNatIp, sourceNat: true), Docs.Public(ForwardIp)],
            DhcpEntries = [Docs.Dhcp(g1.Mac, "10.1.1.10", "web-1")],
            PortForwards = [new PortForwardSpec("pf-1", ForwardIp, "tcp", 8080, 8080, "10.1.1.10", 80, 80)],
            FirewallRules = [Docs.Ingress(ForwardIp, 8080)],
            LoadBalancers = [new LoadBalancerSpec("lb-1", ForwardIp, 80, 80, "tcp", "roundrobin", ["10.1.1.10"], null, null, [])],
        };
        await net.Routers.StartAsync(new StartRouterRequest(router, "uuid", current), CancellationToken.None);
        await g1.DhcpAsync();
        await g1.ServeAsync(80, "g1");
        Assert.Equal("g1", await NsHttp.GetAsync(net.PublicNamespace, ForwardIp, 8080));

        var stale = current with { Version = 4, FirewallRules = [], PortForwards = [] };
        await net.Routers.ApplyAsync(stale, CancellationToken.None);
        Assert.Equal(5, net.Routers.AppliedVersion(router));
        Assert.Equal("g1", await NsHttp.GetAsync(net.PublicNamespace, ForwardIp, 8080));

        var before = await SnapshotAsync(net, router);
        await net.Routers.ApplyAsync(current, CancellationToken.None);
        var after = await SnapshotAsync(net, router);
        Assert.Equal(before, after);
        Assert.Equal("g1", await NsHttp.GetAsync(net.PublicNamespace, ForwardIp, 8080));

        // Stopped: the namespace and daemons go, and a document arriving late does not bring them back; a start does.
        var ns = net.RouterNamespace(router);
        await net.Routers.StopAsync(new StopRouterRequest(router), CancellationToken.None);
        Assert.False(File.Exists($"/run/netns/{ns}"));
        Assert.Empty(Processes.PidFiles.ProcessesWithArgument("dnsmasq", net.StateDirectory));
        Assert.Empty(Processes.PidFiles.ProcessesWithArgument("haproxy", net.StateDirectory));
        await net.Routers.ApplyAsync(current, CancellationToken.None);
        Assert.False(File.Exists($"/run/netns/{ns}"));
        await net.Routers.StartAsync(new StartRouterRequest(router, "uuid", current with { Version = 6 }), CancellationToken.None);
        Assert.True(File.Exists($"/run/netns/{ns}"));
        Assert.Equal("g1", await NsHttp.GetAsync(net.PublicNamespace, ForwardIp, 8080));
    }

    /// <summary>What a re-apply must not touch: the daemons (same pids), the generated files (same write times), the rule set and the addresses.</summary>
    private static async Task<string> SnapshotAsync(TestNetwork net, string router)
    {
        var dir = Path.Combine(net.StateDirectory, "routers", router);
        var files = Directory.GetFiles(dir).Where(f => !f.EndsWith(".log", StringComparison.Ordinal) && !f.EndsWith(".leases", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetFileName(f)} {File.GetLastWriteTimeUtc(f):O}");
        var ns = net.RouterNamespace(router);
        var rules = (await net.Runner.RunAsync(["iptables-save"], ns)).StandardOutput.Split('\n').Where(l => !l.StartsWith('#'))
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\[\d+:\d+\]", ""));
        var addresses = (await net.Runner.RunAsync(["ip", "-4", "-o", "addr"], ns)).StandardOutput;
        var pids = string.Join(',', Directory.GetFiles(dir, "*.pid").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        return string.Join('\n', files.Concat(rules).Append(addresses).Append(pids));
    }
}
