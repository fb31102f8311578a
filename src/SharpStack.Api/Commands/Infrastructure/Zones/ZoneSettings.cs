using SharpStack.Api.Binding;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Api.Commands.Infrastructure.Zones;

/// <summary>The DNS, guest CIDR and network domain fields createZone and updateZone share.</summary>
internal static class ZoneSettings
{
    public static void Apply(Zone zone, BoundParameters p)
    {
        foreach (var (name, value) in new[] { ("dns1", p.String("dns1")), ("dns2", p.String("dns2")), ("internaldns1", p.String("internaldns1")), ("internaldns2", p.String("internaldns2")) })
        {
            InfrastructureRules.RequireIpIfGiven(value, name);
        }
        foreach (var (name, value) in new[] { ("ip6dns1", p.String("ip6dns1")), ("ip6dns2", p.String("ip6dns2")) })
        {
            if (value is not null && (!System.Net.IPAddress.TryParse(value, out var v6) || v6.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6))
            {
                throw CloudException.InvalidParameter($"Please specify a valid IPv6 address for {name}: {value} is not one");
            }
        }
        if (p.String("guestcidraddress") is { } cidr)
        {
            if (!Ipv4.TryParseCidr(cidr, out _, out var prefix) || prefix is < 8 or > 30)
            {
                throw CloudException.InvalidParameter($"Please specify a valid guest CIDR (network address/8 to /30): {cidr} is not one");
            }
            zone.GuestCidr = cidr;
        }
        zone.Dns1 = p.String("dns1") ?? zone.Dns1;
        zone.Dns2 = p.Has("dns2") ? p.String("dns2") : zone.Dns2;
        zone.Ip6Dns1 = p.Has("ip6dns1") ? p.String("ip6dns1") : zone.Ip6Dns1;
        zone.Ip6Dns2 = p.Has("ip6dns2") ? p.String("ip6dns2") : zone.Ip6Dns2;
        zone.InternalDns1 = p.String("internaldns1") ?? zone.InternalDns1;
        zone.InternalDns2 = p.Has("internaldns2") ? p.String("internaldns2") : zone.InternalDns2;
        zone.NetworkDomain = p.Has("domain") ? p.String("domain") : zone.NetworkDomain;
        if (p.Bool("localstorageenabled") is { } local)
        {
            zone.LocalStorageEnabled = local;
        }
        if (p.String("allocationstate") is { } state)
        {
            zone.AllocationState = InfrastructureRules.ParseAllocationState(state);
        }
    }
}
