using System.Text;
using SharpStack.Agent.Networking.Tests.TestKit;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Tests.Namespaces;

[Collection(NamespaceCollection.Name)]
public sealed class RouterMetadataTests
{
    [NamespaceFact]
    public async Task Each_guest_reads_its_own_user_data_and_metadata_from_the_router()
    {
        await using var net = await TestNetwork.CreateAsync();
        var router = net.NewRouterName();
        var g1 = await net.AddGuestAsync("i-2-10-VM", "02:00:0a:01:01:0a");
        var g2 = await net.AddGuestAsync("i-2-11-VM", "02:00:0a:01:01:0b");
        var userData = Convert.ToBase64String(Encoding.UTF8.GetBytes("#!/bin/sh\necho hello\n"));
        var config = Docs.Router(router) with
        {
            DhcpEntries = [Docs.Dhcp(g1.Mac, "10.1.1.10", "web-1"), Docs.Dhcp(g2.Mac, "10.1.1.11", "web-2")],
            Metadata = [Docs.Metadata("10.1.1.10", "web-1", userData, password: "s3cret"), Docs.Metadata("10.1.1.11", "web-2")],
        };
        await net.Routers.StartAsync(new StartRouterRequest(router, "uuid", config), CancellationToken.None);
        await g1.DhcpAsync();
        await g2.DhcpAsync();

        Assert.Equal("#!/bin/sh\necho hello", await NsHttp.GetAsync(g1.Namespace, Docs.RouterIp, 80, "/latest/user-data"));
        Assert.Equal("uuid-web-1", await NsHttp.GetAsync(g1.Namespace, Docs.RouterIp, 80, "/latest/meta-data/instance-id"));
        Assert.Equal("10.1.1.10", await NsHttp.GetAsync(g1.Namespace, Docs.RouterIp, 80, "/latest/meta-data/local-ipv4"));
        Assert.Equal(Docs.SourceNatIp, await NsHttp.GetAsync(g1.Namespace, Docs.RouterIp, 80, "/latest/meta-data/public-ipv4"));
        Assert.Equal("web-2", await NsHttp.GetAsync(g2.Namespace, Docs.RouterIp, 80, "/latest/meta-data/local-hostname"));
        Assert.Equal("HTTP 404", await NsHttp.GetAsync(g2.Namespace, Docs.RouterIp, 80, "/latest/user-data"));

        // The password service hands the password over until the guest says it saved it.
        const string send = "DomU_Request: send_my_password";
        Assert.Equal("s3cret", await NsHttp.GetAsync(g1.Namespace, Docs.RouterIp, 8080, header: send));
        Assert.Equal("saved_password", await NsHttp.GetAsync(g2.Namespace, Docs.RouterIp, 8080, header: send));
        Assert.Equal("saved_password", await NsHttp.GetAsync(g1.Namespace, Docs.RouterIp, 8080, header: "DomU_Request: saved_password"));
        Assert.Equal("saved_password", await NsHttp.GetAsync(g1.Namespace, Docs.RouterIp, 8080, header: send));

        // A new document changes the answers without restarting anything.
        await net.Routers.ApplyAsync(config with { Version = 2, Metadata = [Docs.Metadata("10.1.1.10", "web-1-renamed")] }, CancellationToken.None);
        Assert.Equal("web-1-renamed", await NsHttp.GetAsync(g1.Namespace, Docs.RouterIp, 80, "/latest/meta-data/local-hostname"));
        Assert.Equal("HTTP 404", await NsHttp.GetAsync(g2.Namespace, Docs.RouterIp, 80, "/latest/meta-data/local-hostname"));

        // An agent restart: a new backend finds the router by its state and serves it again.
        await net.Routers.DisposeAsync();
        Assert.Null(await NsHttp.GetAsync(g1.Namespace, Docs.RouterIp, 80, "/latest/meta-data/local-hostname", timeoutMs: 500));
        await using var restarted = new LinuxRouterBackend(net.Options, Microsoft.Extensions.Logging.Abstractions.NullLogger<LinuxRouterBackend>.Instance);
        Assert.Equal([router], await restarted.RestoreAsync(CancellationToken.None));
        Assert.Equal("web-1-renamed", await NsHttp.GetAsync(g1.Namespace, Docs.RouterIp, 80, "/latest/meta-data/local-hostname"));
        Assert.Equal(2, restarted.AppliedVersion(router));
    }
}
