using SharpStack.Agent.Networking.Tests.TestKit;
using SharpStack.Agent.Protocol;
using Xunit.Abstractions;

namespace SharpStack.Agent.Networking.Tests.Namespaces;

[Collection(NamespaceCollection.Name)]
public sealed class RouterDhcpDnsTests(ITestOutputHelper output)
{
    [NamespaceFact]
    public async Task A_guest_gets_its_static_lease_and_name_and_reaches_the_public_side_through_source_nat()
    {
        await using var net = await TestNetwork.CreateAsync();
        var router = net.NewRouterName();
        var g1 = await net.AddGuestAsync("i-2-10-VM", "02:00:0a:01:01:0a");
        var g2 = await net.AddGuestAsync("i-2-11-VM", "02:00:0a:01:01:0b");
        var config = Docs.Router(router) with
        {
            DhcpEntries = [Docs.Dhcp(g1.Mac, "10.1.1.10", "web-1"), Docs.Dhcp(g2.Mac, "10.1.1.11", "web-2", isDefault: false)],
        };
        await net.Routers.StartAsync(new StartRouterRequest(router, "uuid", config), CancellationToken.None);

        var lease = await g1.DhcpAsync();
        Assert.Equal("10.1.1.10", lease["ip"]);
        Assert.Equal(Docs.RouterIp, lease["router"]);
        Assert.Equal(Docs.RouterIp, lease["dns"].Trim());
        Assert.Equal(Docs.Domain, lease["domain"]);
        var second = await g2.DhcpAsync();
        Assert.Equal("10.1.1.11", second["ip"]);
        Assert.Equal("", second["router"]);

        var dns = await net.Runner.RunAsync(["busybox", "nslookup", $"web-1.{Docs.Domain}", Docs.RouterIp], g1.Namespace);
        output.WriteLine(dns.StandardOutput);
        Assert.Contains("10.1.1.10", dns.StandardOutput);
        // Other names go to the network's DNS servers (here a resolver in the public namespace).
        net.StartPublicDns("example.test", "192.0.2.99");
        var forwarded = "";
        for (var attempt = 0; attempt < 20 && !forwarded.Contains("192.0.2.99", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            forwarded = (await net.Runner.RunAsync(["busybox", "nslookup", "www.example.test", Docs.RouterIp], g1.Namespace, check: false)).StandardOutput;
        }
        Assert.Contains("192.0.2.99", forwarded);

        using var listener = NsHttp.Listen(net.PublicNamespace, Docs.PublicGateway, 7000);
        var seen = NsHttp.AcceptOneAsync(listener, 3000);
        Assert.True(await NsHttp.ConnectAsync(g1.Namespace, Docs.PublicGateway, 7000));
        Assert.Equal(Docs.SourceNatIp, await seen);

        // Egress rules: under the default allow they block what they name; under default deny they allow it.
        using var other = NsHttp.Listen(net.PublicNamespace, Docs.PublicGateway, 7002);
        var egress = new FirewallRuleSpec("e-1", "Egress", null, "tcp", 7000, 7000, null, null, [], [$"{Docs.PublicGateway}/32"]);
        await net.Routers.ApplyAsync(config with { Version = 2, FirewallRules = [egress] }, CancellationToken.None);
        Assert.False(await NsHttp.ConnectAsync(g1.Namespace, Docs.PublicGateway, 7000, 500));
        Assert.True(await NsHttp.ConnectAsync(g1.Namespace, Docs.PublicGateway, 7002));
        await net.Routers.ApplyAsync(config with { Version = 3, FirewallRules = [egress], EgressDefaultAllow = false }, CancellationToken.None);
        Assert.True(await NsHttp.ConnectAsync(g1.Namespace, Docs.PublicGateway, 7000));
        Assert.False(await NsHttp.ConnectAsync(g1.Namespace, Docs.PublicGateway, 7002, 500));
    }
}
