using System.Text.Json;
using SharpStack.Agent.Networking.Host;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Router;

/// <summary>
/// A router's namespace and its wiring: a veth to the guest bridge (eth0: the router's guest
/// address and MAC) and one to each public bridge (eth1..: the public addresses), the default
/// route via the public gateway (inside the namespace only) and IP forwarding. Every step checks
/// what exists first, so applying again changes nothing.
/// </summary>
public sealed class RouterLinks(HostCommands host, HostBridges bridges)
{
    /// <returns>True when the namespace was created now (so nothing in it is configured yet).</returns>
    public async Task<bool> EnsureAsync(RouterConfig config, CancellationToken ct)
    {
        var ns = HostNetworkNames.RouterNamespace(config.RouterName);
        var created = !HostCommands.NamespaceExists(ns);
        if (created)
        {
            await host.Runner.RunAsync(["ip", "netns", "add", ns], ct: ct);
            await host.IpAsync(ns, ["link", "set", "lo", "up"], ct: ct);
            // arp_notify: an interface coming up announces its addresses, so neighbours drop what they cached for an earlier router.
            await host.Runner.RunAsync(["sysctl", "-qw", "net.ipv4.ip_forward=1", "net.ipv4.conf.all.arp_notify=1", "net.ipv4.conf.default.arp_notify=1"], ns, ct: ct);
        }
        var guest = config.Guest;
        var guestAddresses = guest.RouterIp is { } routerIp ? [$"{routerIp}/{GuestPrefix(guest)}"] : Array.Empty<string>();
        await EnsureLinkAsync(config.RouterName, 0, RouterLayout.GuestInterface, guest.BroadcastUri, host.Options.GuestInterface, guest.RouterMac, guestAddresses, ct);

        var links = RouterLayout.PublicLinks(config);
        foreach (var link in links)
        {
            await EnsureLinkAsync(config.RouterName, link.Index, link.Interface, link.BroadcastUri, host.Options.PublicInterface, PublicMac(config.RouterName, link.Index),
                link.Addresses.Select(a => $"{a.Address}/{Ipv4.PrefixLength(a.Netmask)}").ToList(), ct);
        }
        await RemoveStalePublicLinksAsync(ns, links.Count, ct);
        if (RouterLayout.SourceNat(config) is { } snat && RouterLayout.InterfaceOf(links, snat.Address) is { } publicIf)
        {
            await host.IpAsync(ns, ["route", "replace", "default", "via", snat.Gateway, "dev", publicIf], ct: ct);
        }
        else
        {
            await host.IpAsync(ns, ["route", "del", "default"], check: false, ct: ct);
        }
        return created;
    }

    /// <summary>Deletes the namespace (its veth ends and so the pairs go with it) and any host end left behind.</summary>
    public async Task RemoveAsync(string routerName, CancellationToken ct)
    {
        var ns = HostNetworkNames.RouterNamespace(routerName);
        if (HostCommands.NamespaceExists(ns))
        {
            await host.Runner.RunAsync(["ip", "netns", "del", ns], ct: ct);
        }
        // The kernel removes the pairs of a deleted namespace's veths a moment later: wait for that, then delete what stays.
        for (var index = 0; index < 8; index++)
        {
            var veth = HostNetworkNames.RouterVeth(routerName, index);
            for (var attempt = 0; attempt < 50 && await host.HostLinkExistsAsync(veth, ct); attempt++)
            {
                if (attempt >= 10)
                {
                    await host.HostIpAsync(["link", "del", veth], check: false, ct: ct);
                }
                await Task.Delay(20, ct);
            }
            if (await host.HostLinkExistsAsync(veth, ct))
            {
                throw new InvalidOperationException($"the router's veth {veth} cannot be removed");
            }
        }
    }

    private static int GuestPrefix(RouterGuestNetwork guest) =>
        guest.Netmask is { } mask ? Ipv4.PrefixLength(mask) : guest.Cidr is { } cidr ? Ipv4.ParseCidr(cidr).PrefixLength : 24;

    /// <summary>
    /// The public sides' MACs are derived from the router's name, so a router started again (or
    /// restored) answers with the MAC its neighbours cached.
    /// </summary>
    private static string PublicMac(string routerName, int index)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{routerName}/{index}"));
        return $"02:{hash[0]:x2}:{hash[1]:x2}:{hash[2]:x2}:{hash[3]:x2}:{index & 0xFF:x2}";
    }

    /// <summary>The veth to a bridge, with its MAC and addresses set before it comes up (so arp_notify announces them).</summary>
    private async Task EnsureLinkAsync(string routerName, int index, string inside, string? broadcastUri, string? uplink, string mac,
        IReadOnlyList<string> addresses, CancellationToken ct)
    {
        var ns = HostNetworkNames.RouterNamespace(routerName);
        var veth = HostNetworkNames.RouterVeth(routerName, index);
        var bridge = await bridges.EnsureAsync(broadcastUri, uplink, ct);
        if (!await host.HostLinkExistsAsync(veth, ct))
        {
            // A namespace end without its host end (a half-done earlier attempt) would block the name.
            await host.IpAsync(ns, ["link", "del", inside], check: false, ct: ct);
            await host.HostIpAsync(["link", "add", veth, "type", "veth", "peer", "name", inside, "netns", ns], ct: ct);
        }
        if (!string.Equals(await MacOfAsync(ns, inside, ct), mac, StringComparison.OrdinalIgnoreCase))
        {
            await host.IpAsync(ns, ["link", "set", inside, "address", mac], ct: ct);
        }
        await SyncAddressesAsync(ns, inside, addresses, ct);
        await host.HostIpAsync(["link", "set", veth, "master", bridge, "up"], ct: ct);
        await host.IpAsync(ns, ["link", "set", inside, "up"], ct: ct);
    }

    private async Task<string?> MacOfAsync(string ns, string device, CancellationToken ct)
    {
        using var doc = JsonDocument.Parse((await host.IpAsync(ns, ["-j", "link", "show", "dev", device], ct: ct)).StandardOutput);
        return doc.RootElement.EnumerateArray().Select(l => l.GetProperty("address").GetString()).FirstOrDefault();
    }

    private async Task SyncAddressesAsync(string ns, string device, IReadOnlyList<string> wanted, CancellationToken ct)
    {
        var present = await AddressesAsync(ns, device, ct);
        foreach (var address in present.Except(wanted))
        {
            await host.IpAsync(ns, ["addr", "del", address, "dev", device], ct: ct);
        }
        foreach (var address in wanted.Except(present))
        {
            await host.IpAsync(ns, ["addr", "add", address, "dev", device], ct: ct);
        }
    }

    private async Task<List<string>> AddressesAsync(string ns, string device, CancellationToken ct)
    {
        var json = (await host.IpAsync(ns, ["-j", "-4", "addr", "show", "dev", device], ct: ct)).StandardOutput;
        using var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "[]" : json);
        return doc.RootElement.EnumerateArray()
            .SelectMany(link => link.TryGetProperty("addr_info", out var info) ? info.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(a => $"{a.GetProperty("local").GetString()}/{a.GetProperty("prefixlen").GetInt32()}")
            .ToList();
    }

    private async Task RemoveStalePublicLinksAsync(string ns, int publicLinks, CancellationToken ct)
    {
        var json = (await host.IpAsync(ns, ["-j", "link", "show"], ct: ct)).StandardOutput;
        using var doc = JsonDocument.Parse(json);
        foreach (var name in doc.RootElement.EnumerateArray().Select(l => l.GetProperty("ifname").GetString()!))
        {
            if (name.StartsWith("eth", StringComparison.Ordinal) && int.TryParse(name[3..], out var index) && index > publicLinks)
            {
                await host.IpAsync(ns, ["link", "del", name], ct: ct);
            }
        }
    }
}
