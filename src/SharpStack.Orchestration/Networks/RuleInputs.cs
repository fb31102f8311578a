using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Orchestration.Networks;

/// <summary>Protocols, ports, ICMP types and CIDR lists of network rules, checked as upstream checks them.</summary>
public static class RuleInputs
{
    public static string Protocol(string text, bool allowAll = true)
    {
        var protocol = text.Trim().ToLowerInvariant();
        return protocol is "tcp" or "udp" or "icmp" || (allowAll && protocol == "all")
            ? protocol
            : throw CloudException.InvalidParameter($"Invalid protocol {text}: use TCP, UDP, ICMP{(allowAll ? " or ALL" : "")}");
    }

    /// <summary>A port range: both ends in 1..65535, start not after end; the end defaults to the start.</summary>
    public static (int Start, int End) Ports(int start, int? end, string what)
    {
        var last = end ?? start;
        if (start is < 1 or > 65535 || last is < 1 or > 65535)
        {
            throw CloudException.InvalidParameter($"Invalid {what} port: ports are from 1 to 65535");
        }
        if (start > last)
        {
            throw CloudException.InvalidParameter($"Invalid {what} port range {start}-{last}: the start port must not be after the end port");
        }
        return (start, last);
    }

    /// <summary>Ports of a firewall rule: required for TCP/UDP, refused for ICMP and ALL, which take ICMP type and code instead.</summary>
    public static (int? Start, int? End, int? IcmpType, int? IcmpCode) FirewallPorts(string protocol, int? start, int? end, int? icmpType, int? icmpCode)
    {
        if (protocol is "tcp" or "udp")
        {
            if (icmpType is not null || icmpCode is not null)
            {
                throw CloudException.InvalidParameter("icmptype and icmpcode are only for protocol ICMP");
            }
            if (start is null)
            {
                if (end is not null)
                {
                    throw CloudException.InvalidParameter("endport needs a startport");
                }
                return (null, null, null, null);
            }
            var (s, e) = Ports(start.Value, end, "firewall");
            return (s, e, null, null);
        }
        if (start is not null || end is not null)
        {
            throw CloudException.InvalidParameter($"Ports can only be given for TCP and UDP, not {protocol.ToUpperInvariant()}");
        }
        if (protocol == "all")
        {
            if (icmpType is not null || icmpCode is not null)
            {
                throw CloudException.InvalidParameter("icmptype and icmpcode are only for protocol ICMP");
            }
            return (null, null, null, null);
        }
        if (icmpType is < -1 or > 255 || icmpCode is < -1 or > 255)
        {
            throw CloudException.InvalidParameter("icmptype and icmpcode are from -1 (any) to 255");
        }
        return (null, null, icmpType ?? -1, icmpCode ?? -1);
    }

    /// <summary>A CIDR list, each entry an address or a network "a.b.c.d/n" (the address made the network's own); null when none.</summary>
    public static string? Cidrs(IReadOnlyList<string> given, string what)
    {
        if (given.Count == 0)
        {
            return null;
        }
        var normalized = new List<string>();
        foreach (var raw in given.SelectMany(g => g.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var parts = raw.Split('/');
            if (parts.Length > 2 || !Ipv4.TryParse(parts[0], out var address) ||
                (parts.Length == 2 && (!int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var prefixValue) || prefixValue > 32)))
            {
                throw CloudException.InvalidParameter($"Invalid {what} entry {raw}: use addresses or CIDRs such as 0.0.0.0/0 or 198.51.100.0/24");
            }
            var prefix = parts.Length == 2 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 32;
            normalized.Add($"{Ipv4.Format(address & Ipv4.MaskOf(prefix))}/{prefix}");
        }
        return string.Join(',', normalized.Distinct());
    }

    public static IReadOnlyList<string> SplitCidrs(string? cidrs) =>
        cidrs is null ? [] : cidrs.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static bool Overlap(int? aStart, int? aEnd, int? bStart, int? bEnd) =>
        aStart is null || bStart is null || (aStart <= (bEnd ?? bStart) && bStart <= (aEnd ?? aStart));
}
