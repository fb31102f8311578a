using System.Globalization;
using SharpStack.Agent.HostProbe;
using SharpStack.Agent.Networking;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Network;

/// <summary>
/// An instance's nics on the host: one tap per nic on the bridge of its network (created when
/// missing, shared with the router side through <see cref="HostNetworkNames"/>). With a host
/// namespace (tests) everything lives in that namespace; on a real host a bridge takes the guest
/// interface (or its VLAN sub-interface) as its uplink.
/// </summary>
public sealed class TapNetwork(HostNetworkOptions options)
{
    private static readonly SemaphoreSlim Lock = new(1, 1);

    /// <summary>Creates the nic's bridge if needed and a fresh tap on it; gives the tap's name.</summary>
    public async Task<string> PlugAsync(string instanceName, NicSpec nic, CancellationToken ct)
    {
        var bridge = HostNetworkNames.Bridge(nic.BroadcastUri);
        var tap = HostNetworkNames.Tap(instanceName, nic.DeviceId);
        await Lock.WaitAsync(ct);
        try
        {
            await EnsureBridgeAsync(bridge, HostNetworkNames.VlanOf(nic.BroadcastUri), ct);
            await IpAsync(ct, "link", "del", tap);
            await IpRequiredAsync(ct, "tuntap", "add", "dev", tap, "mode", "tap");
            await IpRequiredAsync(ct, "link", "set", tap, "master", bridge, "up");
        }
        finally
        {
            Lock.Release();
        }
        return tap;
    }

    public async Task UnplugAsync(string instanceName, int deviceId, CancellationToken ct) =>
        await IpAsync(ct, "link", "del", HostNetworkNames.Tap(instanceName, deviceId));

    public async Task<bool> ExistsAsync(string device, CancellationToken ct) => (await IpAsync(ct, "link", "show", device)).Code == 0;

    private async Task EnsureBridgeAsync(string bridge, int? vlan, CancellationToken ct)
    {
        if (!await ExistsAsync(bridge, ct))
        {
            var (code, _, error) = await IpAsync(ct, "link", "add", "name", bridge, "type", "bridge");
            if (code != 0 && !error.Contains("File exists", StringComparison.Ordinal))
            {
                throw new HostCommandException($"cannot create bridge {bridge}: {error.Trim()}");
            }
        }
        await IpRequiredAsync(ct, "link", "set", bridge, "up");
        if (options.GuestInterface is { } uplink)
        {
            var port = vlan is { } id ? $"{uplink}.{id.ToString(CultureInfo.InvariantCulture)}" : uplink;
            if (vlan is { } tag && !await ExistsAsync(port, ct))
            {
                await IpRequiredAsync(ct, "link", "add", "link", uplink, "name", port, "type", "vlan", "id", tag.ToString(CultureInfo.InvariantCulture));
            }
            await IpRequiredAsync(ct, "link", "set", port, "master", bridge, "up");
        }
    }

    /// <summary>The command prefix that runs a program in the host namespace (empty on a real host).</summary>
    public IReadOnlyList<string> NamespacePrefix => options.HostNamespace is { } ns ? ["ip", "netns", "exec", ns] : [];

    private Task<(int Code, string Output, string Error)> IpAsync(CancellationToken ct, params string[] args) =>
        CommandRunner.TryRunAsync("ip", Scoped(args), ct);

    private Task<string> IpRequiredAsync(CancellationToken ct, params string[] args) => CommandRunner.RunAsync("ip", Scoped(args), ct);

    private string[] Scoped(string[] args) => options.HostNamespace is { } ns ? ["-n", ns, .. args] : args;
}
