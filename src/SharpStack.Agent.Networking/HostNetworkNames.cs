using System.Security.Cryptography;
using System.Text;

namespace SharpStack.Agent.Networking;

/// <summary>
/// The names a KVM host gives to what it creates for guest networks. The instance side (taps, in
/// sharpstack-agent) and the router side (namespaces, veths) both derive them from here, so each
/// finds the other's devices. Linux limits interface names to 15 characters.
/// </summary>
public static class HostNetworkNames
{
    /// <summary>
    /// The bridge of a guest or public network, from its broadcast URI: "vlan://100" → "ssbr100",
    /// "vlan://untagged" or none → "ssbr0". Networks that share a VLAN share a bridge, as on a real
    /// host where the bridge sits on that VLAN's sub-interface.
    /// </summary>
    public static string Bridge(string? broadcastUri)
    {
        var vlan = VlanOf(broadcastUri);
        return vlan is null ? "ssbr0" : $"ssbr{vlan}";
    }

    /// <summary>The VLAN number in a broadcast URI ("vlan://100" → 100), or null for untagged or none.</summary>
    public static int? VlanOf(string? broadcastUri)
    {
        if (string.IsNullOrEmpty(broadcastUri))
        {
            return null;
        }
        var text = broadcastUri.StartsWith("vlan://", StringComparison.OrdinalIgnoreCase) ? broadcastUri[7..] : broadcastUri;
        return int.TryParse(text, out var vlan) ? vlan : null;
    }

    /// <summary>The tap device of an instance's nic: "ss" + 8 hex of the instance name + "n" + device id.</summary>
    public static string Tap(string instanceName, int deviceId) => $"ss{Hash(instanceName)}n{deviceId}";

    /// <summary>The network namespace a router lives in.</summary>
    public static string RouterNamespace(string routerName) => $"ssr-{Hash(routerName)}";

    /// <summary>The host end of a router's veth pair; index 0 is the guest side, 1.. the public sides.</summary>
    public static string RouterVeth(string routerName, int index) => $"ssv{Hash(routerName)}{index}";

    private static string Hash(string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
}
