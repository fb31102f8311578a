using System.Runtime.Versioning;
using System.Text;
using SharpStack.Agent.Networking;
using SharpStack.EndToEnd.Tests.TestKit;
using static SharpStack.EndToEnd.Tests.TestKit.ImageKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>
/// A tenant's isolated network on a real KVM host: the network's virtual router runs as a network
/// namespace on the host (dnsmasq, iptables, the metadata service), the guest gets its lease and its
/// user data from it, and a "public" namespace on the public bridge reaches the guest's web server
/// through port forwarding and static NAT, until a firewall rule is taken away. Everything lives in
/// namespaces the test creates (and the router namespace the agent creates and removes).
/// </summary>
[SupportedOSPlatform("linux")]
public abstract class KvmRouterFlows(ServerFixture fixture)
{
    private static readonly TimeSpan Boot = TimeSpan.FromSeconds(90);

    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task A_guest_gets_its_lease_and_user_data_from_the_router_namespace_and_is_reached_through_nat()
    {
        var image = await KvmKit.TestImageAsync();
        var dataDir = Directory.CreateTempSubdirectory("ss-kvm-router-").FullName;
        var host = await TestNamespace.CreateAsync();
        var outside = await TestNamespace.CreateAsync();
        AgentProcess? agent = null;
        string? routerNs = null;
        try
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites), ("value", "127.0.0.1/32"))).EnsureOk();
            var zone = await TestZone.CreateAsync(Admin);
            var cluster = (await Admin.CallAsync("addCluster", ("zoneid", zone.ZoneId), ("podid", zone.PodId), ("clustername", "kvm-router"),
                ("hypervisor", "KVM"), ("clustertype", "CloudManaged"))).EnsureOk().Items("cluster")[0];
            (await Admin.CallAsync("createStoragePool", ("zoneid", zone.ZoneId), ("podid", zone.PodId), ("clusterid", cluster.Id()), ("name", "local"),
                ("url", "file://" + Path.Combine(dataDir, "pool")), ("capacitybytes", Arg(20L << 30)))).EnsureOk();
            (await Admin.CallAsync("addImageStore", ("provider", "NFS"), ("zoneid", zone.ZoneId), ("name", "sec"), ("url", "file://" + Path.Combine(dataDir, "images")))).EnsureOk();
            (await Admin.CallAsync("updateZone", ("id", zone.ZoneId), ("allocationstate", "Enabled"))).EnsureOk();
            var port = await fixture.Server.AgentPortAsync();
            agent = AgentProcess.Start(port, cluster.GetProperty("registrationtoken").GetString()!, Path.Combine(dataDir, "agent"), host.Name, "kvm-router");
            await WaitAsync(async () => (await Admin.CallAsync("listHosts", ("clusterid", cluster.Id()), ("state", "Up"))).EnsureOk().Items("host").Count == 1,
                "the KVM host is Up", agent);

            using var http = new TinyHttpServer(await File.ReadAllBytesAsync(image));
            var template = Assert.Single((await Admin.CallAsync("registerTemplate", ("name", Tenants.Unique("guest")), ("displaytext", "test guest"),
                ("url", http.Url("/guest.qcow2")), ("zoneid", zone.ZoneId), ("format", "QCOW2"), ("hypervisor", "KVM"),
                ("ostypeid", await OsTypeAsync(Admin, "Debian GNU/Linux 12 (64-bit)")), ("ispublic", "true"))).EnsureOk().Items("template")).Id();
            await WaitTemplateAsync(Admin, template, IsReady);
            var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 128);

            // A tenant deploys: the account's network is implemented with a VLAN, a source NAT address and a router on the KVM host.
            var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("kvmnet"));
            var vm = JobObject(await user.CallAndWaitAsync("deployVirtualMachine", ("zoneid", zone.ZoneId), ("templateid", template), ("serviceofferingid", offering),
                ("name", "web"), ("userdata", Convert.ToBase64String(Encoding.UTF8.GetBytes("hello from the router")))), "virtualmachine");
            var guestIp = vm.GetProperty("nic")[0].GetProperty("ipaddress").GetString()!;
            var networkId = vm.GetProperty("nic")[0].GetProperty("networkid").GetString()!;
            var router = Assert.Single((await Admin.CallAsync("listRouters", ("networkid", networkId))).EnsureOk().Items("router"));
            Assert.Equal("Running", router.GetProperty("state").GetString());
            routerNs = HostNetworkNames.RouterNamespace(router.GetProperty("name").GetString()!);
            Assert.Contains(routerNs, await NamespacesAsync());

            var instanceName = Assert.Single((await Admin.CallAsync("listVirtualMachines", ("id", vm.Id()), ("listall", "true"))).EnsureOk().Items("virtualmachine"))
                .GetProperty("instancename").GetString()!;
            var serial = Path.Combine(dataDir, "agent", "instances", instanceName, "serial.log");
            var booted = await KvmKit.WaitForTextAsync(serial, "guest-ready", Boot);
            Assert.Contains($"dhcp-ok ip={guestIp}", booted, StringComparison.Ordinal);
            Assert.True(booted.Contains("userdata: hello from the router", StringComparison.Ordinal), booted);

            // The outside world: a namespace with an address of the public range, on the public bridge of the host.
            var sourceNat = Assert.Single((await user.CallAsync("listPublicIpAddresses", ("associatednetworkid", networkId))).EnsureOk().Items("publicipaddress"));
            var sourceNatIp = sourceNat.GetProperty("ipaddress").GetString()!;
            await ConnectOutsideAsync(host.Name, outside.Name, "203.0.113.250/24");

            // Port forwarding 8080 -> 80 (with its firewall rule) reaches the guest's web server.
            var forward = JobObject(await user.CallAndWaitAsync("createPortForwardingRule", ("ipaddressid", sourceNat.Id()), ("protocol", "tcp"),
                ("publicport", "8080"), ("privateport", "80"), ("virtualmachineid", vm.Id())), "portforwardingrule");
            Assert.Contains("sharpstack test guest", await FetchAsync(outside.Name, $"http://{sourceNatIp}:8080/", expectSuccess: true), StringComparison.Ordinal);

            // The firewall rule opened with it goes: the port is closed; back again, it opens.
            var opened = Assert.Single((await user.CallAsync("listFirewallRules", ("ipaddressid", sourceNat.Id()))).EnsureOk().Items("firewallrule"));
            (await user.CallAndWaitAsync("deleteFirewallRule", ("id", opened.Id()))).EnsureOk();
            Assert.Equal("", await FetchAsync(outside.Name, $"http://{sourceNatIp}:8080/", expectSuccess: false));
            (await user.CallAndWaitAsync("createFirewallRule", ("ipaddressid", sourceNat.Id()), ("protocol", "tcp"), ("startport", "8080"), ("cidrlist", "203.0.113.0/24"))).EnsureOk();
            Assert.Contains("sharpstack test guest", await FetchAsync(outside.Name, $"http://{sourceNatIp}:8080/", expectSuccess: true), StringComparison.Ordinal);
            (await user.CallAndWaitAsync("deletePortForwardingRule", ("id", forward.Id()))).EnsureOk();

            // Static NAT: a second address maps to the guest as a whole.
            var extra = JobObject(await user.CallAndWaitAsync("associateIpAddress", ("networkid", networkId)), "ipaddress");
            (await user.CallAsync("enableStaticNat", ("ipaddressid", extra.Id()), ("virtualmachineid", vm.Id()))).EnsureOk();
            (await user.CallAndWaitAsync("createFirewallRule", ("ipaddressid", extra.Id()), ("protocol", "tcp"), ("startport", "80"))).EnsureOk();
            var extraIp = extra.GetProperty("ipaddress").GetString()!;
            Assert.Contains("sharpstack test guest", await FetchAsync(outside.Name, $"http://{extraIp}/", expectSuccess: true), StringComparison.Ordinal);

            // The tenant goes away: instance, network and router namespace with it.
            (await Admin.CallAndWaitAsync("destroyVirtualMachine", ("id", vm.Id()), ("expunge", "true"))).EnsureOk();
            (await user.CallAndWaitAsync("deleteNetwork", ("id", networkId))).EnsureOk();
            Assert.DoesNotContain(routerNs, await NamespacesAsync());
        }
        finally
        {
            agent?.Dispose();
            foreach (var pid in KvmKit.QemuProcesses(dataDir))
            {
                System.Diagnostics.Process.GetProcessById(pid).Kill();
            }
            // A router the test could not remove through the API must not stay behind either.
            if (routerNs is not null && (await NamespacesAsync()).Contains(routerNs))
            {
                foreach (var pid in (await KvmKit.RunAsync("ip", "netns", "pids", routerNs)).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    System.Diagnostics.Process.GetProcessById(int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture)).Kill();
                }
                await KvmKit.RunAsync("ip", "netns", "del", routerNs);
            }
            await outside.DisposeAsync();
            await host.DisposeAsync();
            Directory.Delete(dataDir, recursive: true);
        }
        await KvmKit.AssertNothingLeftAsync(dataDir, host.Name);
        Assert.DoesNotContain(outside.Name, await NamespacesAsync());
    }

    private static async Task<HashSet<string>> NamespacesAsync() =>
        (await KvmKit.RunAsync("ip", "netns", "list")).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).ToHashSet();

    /// <summary>A veth from the host namespace's public bridge (untagged: ssbr0) into the outside namespace, with the given address there.</summary>
    private static async Task ConnectOutsideAsync(string hostNs, string outsideNs, string address)
    {
        var suffix = outsideNs[^6..];
        var (hostEnd, outsideEnd) = ($"vo{suffix}h", $"vo{suffix}o");
        await Must("ip", "-n", hostNs, "link", "add", hostEnd, "type", "veth", "peer", "name", outsideEnd);
        await Must("ip", "-n", hostNs, "link", "set", outsideEnd, "netns", outsideNs);
        await Must("ip", "-n", hostNs, "link", "set", hostEnd, "master", "ssbr0", "up");
        await Must("ip", "-n", outsideNs, "addr", "add", address, "dev", outsideEnd);
        await Must("ip", "-n", outsideNs, "link", "set", outsideEnd, "up");
    }

    private static async Task Must(string file, params string[] args)
    {
        var (code, output) = await KvmKit.RunAsync(file, args);
        Assert.True(code == 0, $"{file} {string.Join(' ', args)}: {output}");
    }

    /// <summary>Fetches a URL from inside a namespace; retries while the change may still be reaching the router (it should within a second).</summary>
    private static async Task<string> FetchAsync(string ns, string url, bool expectSuccess)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var (code, output) = await KvmKit.RunAsync("ip", "netns", "exec", ns, "curl", "-s", "--max-time", "2", url);
            if ((code == 0) == expectSuccess)
            {
                return code == 0 ? output : "";
            }
            Assert.True(DateTime.UtcNow < deadline, $"{url} from {ns}: expected {(expectSuccess ? "an answer" : "no answer")}, got exit {code}: {output}");
            await Task.Delay(250);
        }
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, string what, AgentProcess agent)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {what}; agent said: {agent.Output}");
            await Task.Delay(200);
        }
    }
}

[SupportedOSPlatform("linux")]
public sealed class SqliteKvmRouterFlows(SqliteServerFixture fixture) : KvmRouterFlows(fixture), IClassFixture<SqliteServerFixture>;
