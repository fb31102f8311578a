using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Router;

/// <summary>One public side of a router: a veth to a public bridge and the addresses it holds there.</summary>
public sealed record PublicLink(int Index, string? BroadcastUri, string Interface, IReadOnlyList<RouterPublicIp> Addresses);

/// <summary>
/// How a router document maps onto the namespace's interfaces: eth0 faces the guest bridge, and
/// eth1, eth2... face one public bridge each (public addresses on different VLANs get one each).
/// </summary>
public static class RouterLayout
{
    public const string GuestInterface = "eth0";

    public static IReadOnlyList<PublicLink> PublicLinks(RouterConfig config) =>
        config.PublicIps
            .GroupBy(ip => HostNetworkNames.Bridge(ip.BroadcastUri))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => new PublicLink(i + 1, g.First().BroadcastUri, $"eth{i + 1}", g.OrderBy(ip => ip.Address, StringComparer.Ordinal).ToList()))
            .ToList();

    /// <summary>The router's interface holding a public address, or null when it holds none such.</summary>
    public static string? InterfaceOf(IReadOnlyList<PublicLink> links, string publicIp) =>
        links.FirstOrDefault(l => l.Addresses.Any(a => a.Address == publicIp))?.Interface;

    /// <summary>The public address guests' outbound traffic leaves by: the source NAT one, else the first.</summary>
    public static RouterPublicIp? SourceNat(RouterConfig config) =>
        config.PublicIps.FirstOrDefault(ip => ip.SourceNat) ?? config.PublicIps.OrderBy(ip => ip.Address, StringComparer.Ordinal).FirstOrDefault();
}
