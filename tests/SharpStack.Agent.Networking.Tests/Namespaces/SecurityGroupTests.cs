using SharpStack.Agent.Networking.Tests.TestKit;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Tests.Namespaces;

[Collection(NamespaceCollection.Name)]
public sealed class SecurityGroupTests
{
    [NamespaceFact]
    public async Task Security_groups_allow_and_deny_between_guests_stop_spoofing_and_let_dhcp_through()
    {
        await using var net = await TestNetwork.CreateAsync();
        var router = net.NewRouterName();
        var g1 = await net.AddGuestAsync("i-2-10-VM", "02:00:0a:01:01:0a");
        var g2 = await net.AddGuestAsync("i-2-11-VM", "02:00:0a:01:01:0b");
        var g3 = await net.AddGuestAsync("i-2-12-VM", "02:00:0a:01:01:0c");
        await net.Routers.StartAsync(new StartRouterRequest(router, "uuid", Docs.Router(router) with
        {
            DhcpEntries = [Docs.Dhcp(g1.Mac, "10.1.1.10", "a"), Docs.Dhcp(g2.Mac, "10.1.1.11", "b"), Docs.Dhcp(g3.Mac, "10.1.1.12", "c")],
        }), CancellationToken.None);

        SecurityGroupRulesRequest Rules(long sequence, string allowed) => new(g2.VmName, "uuid-b", sequence,
            [new SecurityGroupNic(g2.Mac, "10.1.1.11", 0)],
            [new SecurityRuleSpec("tcp", 80, 80, null, null, [allowed])], [], EgressDefaultAllow: true);

        await net.SecurityGroups.ApplyAsync(Rules(1, "10.1.1.10/32"), CancellationToken.None);
        // DHCP passes the filter of the guest whose rules allow no UDP at all.
        Assert.Equal("10.1.1.11", (await g2.DhcpAsync())["ip"]);
        await g1.DhcpAsync();
        await g3.DhcpAsync();
        await g2.ServeAsync(80, "b");
        await g1.ServeAsync(80, "a");

        Assert.Equal("b", await NsHttp.GetAsync(g1.Namespace, "10.1.1.11", 80));
        Assert.Null(await NsHttp.GetAsync(g3.Namespace, "10.1.1.11", 80, timeoutMs: 500));
        // Egress is open by default: the guest reaches the others with its own address...
        Assert.Equal("a", await NsHttp.GetAsync(g2.Namespace, "10.1.1.10", 80));
        // ...but not with a forged one.
        Assert.Null(await NsHttp.GetAsync(g2.Namespace, "10.1.1.10", 80, sourceAddress: "10.1.1.77", timeoutMs: 500));

        // ICMP rules: echo requests pass only once a rule allows them.
        Assert.False((await net.Runner.RunAsync(["busybox", "ping", "-c", "1", "-W", "1", "10.1.1.11"], g1.Namespace, check: false)).Succeeded);
        await net.SecurityGroups.ApplyAsync(Rules(2, "10.1.1.10/32") with
        {
            Ingress = [.. Rules(2, "10.1.1.10/32").Ingress, new SecurityRuleSpec("icmp", null, null, 8, -1, ["10.1.1.0/24"])],
        }, CancellationToken.None);
        Assert.True((await net.Runner.RunAsync(["busybox", "ping", "-c", "1", "-W", "1", "10.1.1.11"], g1.Namespace, check: false)).Succeeded);

        await net.SecurityGroups.ApplyAsync(Rules(3, "10.1.1.12/32"), CancellationToken.None);
        Assert.Equal("b", await NsHttp.GetAsync(g3.Namespace, "10.1.1.11", 80));
        Assert.Null(await NsHttp.GetAsync(g1.Namespace, "10.1.1.11", 80, timeoutMs: 500));

        // An older rule set arriving late changes nothing.
        await net.SecurityGroups.ApplyAsync(Rules(2, "10.1.1.10/32"), CancellationToken.None);
        Assert.Equal("b", await NsHttp.GetAsync(g3.Namespace, "10.1.1.11", 80));
        Assert.Null(await NsHttp.GetAsync(g1.Namespace, "10.1.1.11", 80, timeoutMs: 500));

        // Egress rules replace the default allow: only what they name leaves.
        await net.SecurityGroups.ApplyAsync(Rules(4, "10.1.1.12/32") with
        {
            Egress = [new SecurityRuleSpec("tcp", 80, 80, null, null, ["10.1.1.12/32"])],
            EgressDefaultAllow = false,
        }, CancellationToken.None);
        await g3.ServeAsync(80, "c");
        Assert.Equal("c", await NsHttp.GetAsync(g2.Namespace, "10.1.1.12", 80));
        Assert.Null(await NsHttp.GetAsync(g2.Namespace, "10.1.1.10", 80, timeoutMs: 500));

        await net.SecurityGroups.RemoveAsync(g2.VmName, CancellationToken.None);
        Assert.Equal("b", await NsHttp.GetAsync(g1.Namespace, "10.1.1.11", 80));
        var chains = (await net.Runner.RunAsync(["iptables-save"], net.HostNamespace)).StandardOutput;
        Assert.DoesNotContain("-to ", chains);
        Assert.DoesNotContain("-from ", chains);
    }
}
