using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using SharpStack.Agent.Networking.Processes;

namespace SharpStack.Agent.Networking.Tests.TestKit;

/// <summary>
/// A throw-away "host" for one test: a host namespace holding the guest and public bridges, a
/// "public" namespace on the public bridge holding the public gateway address, and "guest"
/// namespaces attached to the guest bridge by veth (stand-ins for instances). Nothing has a route
/// out of these namespaces. Disposing removes everything and checks that nothing is left.
/// </summary>
public sealed class TestNetwork : IAsyncDisposable
{
    public const string NamePrefix = "ssnt";
    public static readonly System.Collections.Concurrent.ConcurrentBag<string> AllRouterNames = [];
    private readonly List<Guest> guests = [];
    private readonly List<string> routers = [];
    private readonly List<Process> publicServices = [];

    private TestNetwork(string id)
    {
        Id = id;
        StateDirectory = Path.Combine(Path.GetTempPath(), $"sharpstack-net-{id}");
        Options = new HostNetworkOptions(HostNamespace, StateDirectory: StateDirectory);
        Routers = new LinuxRouterBackend(Options, NullLogger<LinuxRouterBackend>.Instance, Runner);
        SecurityGroups = new LinuxSecurityGroupBackend(Options, NullLogger<LinuxSecurityGroupBackend>.Instance, Runner);
    }

    public string Id { get; }
    public string HostNamespace => $"{NamePrefix}{Id}h";
    public string PublicNamespace => $"{NamePrefix}{Id}p";
    public string StateDirectory { get; }
    public HostNetworkOptions Options { get; }
    public ProcessRunner Runner { get; } = new();
    public LinuxRouterBackend Routers { get; }
    public LinuxSecurityGroupBackend SecurityGroups { get; }
    public string GuestBridge => HostNetworkNames.Bridge(Docs.GuestBroadcastUri);

    public static async Task<TestNetwork> CreateAsync()
    {
        var net = new TestNetwork(Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..6]);
        try
        {
            await net.BuildAsync();
        }
        catch
        {
            await net.DisposeAsync();
            throw;
        }
        return net;
    }

    /// <summary>A router name unique to this test (its namespace name is global).</summary>
    public string NewRouterName()
    {
        var name = $"r-{Id}-{routers.Count}";
        routers.Add(name);
        AllRouterNames.Add(name);
        return name;
    }

    public string RouterNamespace(string routerName) => HostNetworkNames.RouterNamespace(routerName);

    /// <summary>A guest namespace on the guest bridge, its host end named as the instance's tap would be.</summary>
    public async Task<Guest> AddGuestAsync(string vmName, string mac)
    {
        var ns = $"{NamePrefix}{Id}g{guests.Count}";
        var tap = HostNetworkNames.Tap(vmName, 0);
        var guest = new Guest(this, ns, vmName, mac, tap);
        guests.Add(guest);
        await Runner.RunAsync(["ip", "netns", "add", ns]);
        await Runner.RunAsync(["ip", "-n", ns, "link", "set", "lo", "up"]);
        await Ip(["link", "add", tap, "type", "veth", "peer", "name", "eth0", "netns", ns]);
        await Runner.RunAsync(["ip", "-n", ns, "link", "set", "eth0", "address", mac, "up"]);
        await Ip(["link", "set", tap, "master", GuestBridge, "up"]);
        return guest;
    }

    /// <summary>A DNS server on the public gateway address (the "internet's" resolver) answering every name under the zone with the address.</summary>
    public void StartPublicDns(string zone, string address)
    {
        var info = new ProcessStartInfo("ip") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "netns", "exec", PublicNamespace, "dnsmasq", "--no-daemon", "--no-resolv", "--no-hosts", "--bind-interfaces",
                     $"--listen-address={Docs.PublicGateway}", $"--address=/{zone}/{address}", $"--pid-file={Path.Combine(StateDirectory, "public-dns.pid")}" })
        {
            info.ArgumentList.Add(arg);
        }
        Directory.CreateDirectory(StateDirectory);
        publicServices.Add(Process.Start(info)!);
    }

    public Task<ProcessResult> Ip(IEnumerable<string> args) => Runner.RunAsync(["ip", "-n", HostNamespace, .. args]);

    private async Task BuildAsync()
    {
        foreach (var tool in new[] { "dnsmasq", "haproxy", "iptables-restore", "nft", "busybox", "sysctl" })
        {
            if (!File.Exists($"/usr/sbin/{tool}") && !File.Exists($"/usr/bin/{tool}") && !File.Exists($"/bin/{tool}") && !File.Exists($"/sbin/{tool}"))
            {
                throw new InvalidOperationException($"{tool} is missing: run scripts/install-test-deps.sh");
            }
        }
        await Runner.RunAsync(["ip", "netns", "add", HostNamespace]);
        await Ip(["link", "set", "lo", "up"]);
        foreach (var uri in new[] { Docs.GuestBroadcastUri, Docs.PublicBroadcastUri })
        {
            await Ip(["link", "add", HostNetworkNames.Bridge(uri), "type", "bridge"]);
            await Ip(["link", "set", HostNetworkNames.Bridge(uri), "up"]);
        }
        await Runner.RunAsync(["ip", "netns", "add", PublicNamespace]);
        await Runner.RunAsync(["ip", "-n", PublicNamespace, "link", "set", "lo", "up"]);
        await Ip(["link", "add", "pub0", "type", "veth", "peer", "name", "eth0", "netns", PublicNamespace]);
        await Ip(["link", "set", "pub0", "master", HostNetworkNames.Bridge(Docs.PublicBroadcastUri), "up"]);
        await Runner.RunAsync(["ip", "-n", PublicNamespace, "addr", "add", $"{Docs.PublicGateway}/24", "dev", "eth0"]);
        await Runner.RunAsync(["ip", "-n", PublicNamespace, "link", "set", "eth0", "up"]);
    }

    public async ValueTask DisposeAsync()
    {
        var failures = new List<Exception>();
        async Task Try(Func<Task> step)
        {
            try
            {
                await step();
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        }
        foreach (var guest in guests)
        {
            await Try(() => { guest.StopServices(); return Task.CompletedTask; });
        }
        foreach (var process in publicServices)
        {
            await Try(async () =>
            {
                process.Kill();
                await process.WaitForExitAsync();
                process.Dispose();
            });
        }
        foreach (var router in routers)
        {
            await Try(() => Routers.StopAsync(new Protocol.StopRouterRequest(router), CancellationToken.None));
        }
        await Try(async () => await Routers.DisposeAsync());
        foreach (var ns in guests.Select(g => g.Namespace).Append(PublicNamespace).Append(HostNamespace))
        {
            if (File.Exists($"/run/netns/{ns}"))
            {
                await Try(() => Runner.RunAsync(["ip", "netns", "del", ns]));
            }
        }
        if (Directory.Exists(StateDirectory))
        {
            await Try(() => { Directory.Delete(StateDirectory, recursive: true); return Task.CompletedTask; });
        }
        await Try(() => { Leftovers.AssertNoneFor(Id, routers, StateDirectory); return Task.CompletedTask; });
        if (failures.Count > 0)
        {
            throw new AggregateException("cleaning up the test network failed", failures);
        }
    }
}

/// <summary>A stand-in for an instance: a namespace on the guest bridge with the instance's MAC.</summary>
public sealed class Guest(TestNetwork net, string ns, string vmName, string mac, string tap)
{
    private readonly List<Process> services = [];

    public string Namespace => ns;
    public string VmName => vmName;
    public string Mac => mac;
    public string Tap => tap;

    /// <summary>Asks the router for a lease with busybox udhcpc; the lease configures eth0 and the default route.</summary>
    /// <returns>udhcpc's variables: ip, router, dns, domain.</returns>
    public async Task<Dictionary<string, string>> DhcpAsync()
    {
        var dir = Path.Combine(net.StateDirectory, "guests", ns);
        Directory.CreateDirectory(dir);
        var script = Path.Combine(dir, "udhcpc.sh");
        var lease = Path.Combine(dir, "lease");
        await File.WriteAllTextAsync(script, $"""
            #!/bin/sh
            [ "$1" = bound ] || exit 0
            ip addr add "$ip/$mask" dev "$interface"
            [ -n "$router" ] && ip route add default via "$router"
            printf 'ip=%s\nrouter=%s\ndns=%s\ndomain=%s\n' "$ip" "$router" "$dns" "$domain" > {lease}
            """.ReplaceLineEndings("\n"));
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await net.Runner.RunAsync(["busybox", "udhcpc", "-i", "eth0", "-f", "-q", "-n", "-t", "6", "-T", "1", "-A", "1", "-s", script], ns);
        return File.ReadAllLines(lease).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
    }

    public async Task SetAddressAsync(string address)
    {
        await net.Runner.RunAsync(["ip", "-n", ns, "addr", "add", $"{address}/24", "dev", "eth0"]);
        await net.Runner.RunAsync(["ip", "-n", ns, "route", "replace", "default", "via", Docs.RouterIp]);
    }

    /// <summary>busybox httpd on a port, answering "/" with the given body.</summary>
    public async Task ServeAsync(int port, string body)
    {
        var dir = Path.Combine(net.StateDirectory, "guests", ns, $"www{port}");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "index.html"), body + "\n");
        var info = new ProcessStartInfo("ip") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "netns", "exec", ns, "busybox", "httpd", "-f", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-h", dir })
        {
            info.ArgumentList.Add(arg);
        }
        services.Add(Process.Start(info)!);
        for (var i = 0; i < 50 && !await NsHttp.ConnectAsync(ns, "127.0.0.1", port, 200); i++)
        {
            await Task.Delay(20);
        }
    }

    public void StopServices()
    {
        foreach (var process in services)
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(2000);
            }
            process.Dispose();
        }
        services.Clear();
    }
}
