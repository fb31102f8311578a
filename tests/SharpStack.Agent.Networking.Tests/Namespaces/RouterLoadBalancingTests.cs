using SharpStack.Agent.Networking.Tests.TestKit;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Tests.Namespaces;

[Collection(NamespaceCollection.Name)]
public sealed class RouterLoadBalancingTests
{
    private const string LbIp = "198.51.100.13";

    private static async Task<int> UpServersAsync(TestNetwork net, string router) =>
        (await HaproxyStatsAsync(net, router)).Split('\n').Select(l => l.Split(','))
            .Count(f => f.Length > 17 && f[1].StartsWith('s') && f[17] == "UP");

    private static async Task<string> HaproxyStatsAsync(TestNetwork net, string router)
    {
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        await socket.ConnectAsync(new System.Net.Sockets.UnixDomainSocketEndPoint(Path.Combine(net.StateDirectory, "routers", router, "haproxy.sock")));
        await socket.SendAsync(System.Text.Encoding.ASCII.GetBytes("show stat\n"));
        var buffer = new byte[65536];
        var text = new System.Text.StringBuilder();
        int read;
        while ((read = await socket.ReceiveAsync(buffer)) > 0)
        {
            text.Append(System.Text.Encoding.ASCII.GetString(buffer, 0, read));
        }
        return text.ToString();
    }

    [NamespaceFact]
    public async Task Load_balancing_spreads_over_two_guests_and_the_health_check_drops_a_dead_one()
    {
        await using var net = await TestNetwork.CreateAsync();
        var router = net.NewRouterName();
        var g1 = await net.AddGuestAsync("i-2-10-VM", "02:00:0a:01:01:0a");
        var g2 = await net.AddGuestAsync("i-2-11-VM", "02:00:0a:01:01:0b");
        var config = Docs.Router(router) with
        {
            PublicIps = [Docs.Public(Docs.SourceNatIp, sourceNat: true), Docs.Public(LbIp)],
            DhcpEntries = [Docs.Dhcp(g1.Mac, "10.1.1.10", "web-1"), Docs.Dhcp(g2.Mac, "10.1.1.11", "web-2")],
            LoadBalancers =
            [
                new LoadBalancerSpec("lb-1", LbIp, 80, 80, "tcp", "roundrobin", ["10.1.1.10", "10.1.1.11"], null,
                    new LbHealthCheckSpec("/", 1, 1, 1, 1), ["198.51.100.0/24"]),
            ],
        };
        await net.Routers.StartAsync(new StartRouterRequest(router, "uuid", config), CancellationToken.None);
        await g1.DhcpAsync();
        await g2.DhcpAsync();
        await g1.ServeAsync(80, "g1");
        await g2.ServeAsync(80, "g2");
        // The first checks ran before the guests had addresses: wait until both pass one.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await UpServersAsync(net, router) < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var answers = new List<string?>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await NsHttp.GetAsync(net.PublicNamespace, LbIp, 80));
        }
        Assert.Contains("g1", answers);
        Assert.Contains("g2", answers);
        Assert.DoesNotContain(null, answers);

        g2.StopServices();
        deadline = DateTime.UtcNow.AddSeconds(10);
        List<string?> after;
        do
        {
            await Task.Delay(500);
            after = [];
            for (var i = 0; i < 4; i++)
            {
                after.Add(await NsHttp.GetAsync(net.PublicNamespace, LbIp, 80));
            }
        }
        while (after.Any(a => a != "g1") && DateTime.UtcNow < deadline);
        Assert.All(after, a => Assert.Equal("g1", a));

        // A graceful reload to a rule without the dead member keeps serving.
        await net.Routers.ApplyAsync(config with { Version = 2, LoadBalancers = [config.LoadBalancers[0] with { Backends = ["10.1.1.10"] }] }, CancellationToken.None);
        Assert.Equal("g1", await NsHttp.GetAsync(net.PublicNamespace, LbIp, 80));
    }
}
