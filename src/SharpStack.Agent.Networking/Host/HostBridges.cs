namespace SharpStack.Agent.Networking.Host;

/// <summary>
/// The bridge of a guest or public network (HostNetworkNames.Bridge), created on demand. On a real
/// host with GuestInterface set and a VLAN in the broadcast URI, the bridge is attached to that
/// interface's 802.1Q sub-interface (eth1.100). Kernels without the 8021q module (the test machines)
/// cannot create sub-interfaces: there the caller leaves GuestInterface unset and gets a plain bridge.
/// </summary>
public sealed class HostBridges(HostCommands host)
{
    public async Task<string> EnsureAsync(string? broadcastUri, string? uplinkInterface, CancellationToken ct)
    {
        var bridge = HostNetworkNames.Bridge(broadcastUri);
        if (!await host.HostLinkExistsAsync(bridge, ct))
        {
            await host.HostIpAsync(["link", "add", bridge, "type", "bridge"], ct: ct);
        }
        await host.HostIpAsync(["link", "set", bridge, "up"], ct: ct);
        if (uplinkInterface is not null)
        {
            await AttachUplinkAsync(bridge, uplinkInterface, HostNetworkNames.VlanOf(broadcastUri), ct);
        }
        return bridge;
    }

    private async Task AttachUplinkAsync(string bridge, string uplinkInterface, int? vlan, CancellationToken ct)
    {
        var port = uplinkInterface;
        if (vlan is { } id)
        {
            port = VlanInterfaceName(uplinkInterface, id);
            if (!await host.HostLinkExistsAsync(port, ct))
            {
                await host.HostIpAsync(["link", "add", "link", uplinkInterface, "name", port, "type", "vlan", "id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)], ct: ct);
            }
        }
        await host.HostIpAsync(["link", "set", port, "master", bridge, "up"], ct: ct);
    }

    /// <summary>"eth1" + 100 → "eth1.100", shortened to Linux's 15 characters.</summary>
    public static string VlanInterfaceName(string uplink, int vlan)
    {
        var suffix = $".{vlan}";
        return (uplink.Length + suffix.Length <= 15 ? uplink : uplink[..(15 - suffix.Length)]) + suffix;
    }
}
