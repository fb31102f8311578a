using SharpStack.Agent.Networking.Host;
using SharpStack.Agent.Networking.Processes;
using SharpStack.Agent.Networking.Tests.TestKit;

namespace SharpStack.Agent.Networking.Tests.Namespaces;

[Collection(NamespaceCollection.Name)]
public sealed class HostBridgeTests
{
    [NamespaceFact]
    public async Task A_bridge_is_created_once_and_a_vlan_network_is_attached_to_the_uplinks_sub_interface_where_the_kernel_has_8021q()
    {
        await using var net = await TestNetwork.CreateAsync();
        var bridges = new HostBridges(new HostCommands(net.Options, net.Runner));
        await net.Ip(["link", "add", "upl0", "type", "veth", "peer", "name", "upl0p"]);

        Assert.Equal("ssbr300", await bridges.EnsureAsync("vlan://300", null, CancellationToken.None));
        Assert.Equal("ssbr300", await bridges.EnsureAsync("vlan://300", null, CancellationToken.None));
        Assert.Equal("ssbr0", await bridges.EnsureAsync("vlan://untagged", "upl0", CancellationToken.None));
        Assert.Contains("master ssbr0", (await net.Ip(["link", "show", "dev", "upl0"])).StandardOutput);

        if (Directory.Exists("/proc/net/vlan"))
        {
            await bridges.EnsureAsync("vlan://301", "upl0", CancellationToken.None);
            Assert.Contains("master ssbr301", (await net.Ip(["link", "show", "dev", "upl0.301"])).StandardOutput);
        }
        else
        {
            // Machines like the test ones have no 802.1Q support: the attempt fails and says what it ran.
            var failure = await Assert.ThrowsAsync<CommandFailedException>(() => bridges.EnsureAsync("vlan://301", "upl0", CancellationToken.None));
            Assert.Contains("link add link upl0 name upl0.301 type vlan id 301", failure.Message);
        }
    }
}
