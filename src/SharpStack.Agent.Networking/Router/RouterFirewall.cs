using System.Globalization;
using System.Text;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Router;

/// <summary>
/// The router's whole iptables rule set (nat and filter tables) as one iptables-restore document,
/// applied atomically per table:
/// - nat: static NAT (1:1 DNAT and SNAT), port forwarding (public range → private range, shifted
///   port by port), source NAT of the guest CIDR, hairpin NAT for guests using a public address;
/// - filter: the router itself answers guests only for DHCP, DNS, metadata, passwords and ICMP; public
///   addresses accept only what ingress firewall rules (by original destination address and
///   port) and load balancer source CIDRs allow; guests' outbound traffic follows the egress rules:
///   with EgressDefaultAllow the rules block what they match, otherwise they allow it (upstream's
///   egress policy).
/// </summary>
public static class RouterFirewall
{
    public static string Render(RouterConfig config)
    {
        var links = RouterLayout.PublicLinks(config);
        var sb = new StringBuilder();
        RenderNat(config, links, sb);
        RenderFilter(config, links, sb);
        return sb.ToString();
    }

    private static void RenderNat(RouterConfig config, IReadOnlyList<PublicLink> links, StringBuilder sb)
    {
        const string guestIf = RouterLayout.GuestInterface;
        sb.AppendLine("*nat")
            .AppendLine(":PREROUTING ACCEPT [0:0]")
            .AppendLine(":INPUT ACCEPT [0:0]")
            .AppendLine(":OUTPUT ACCEPT [0:0]")
            .AppendLine(":POSTROUTING ACCEPT [0:0]");
        foreach (var nat in config.StaticNats.OrderBy(n => n.PublicIp, StringComparer.Ordinal))
        {
            sb.AppendLine($"-A PREROUTING -d {nat.PublicIp}/32 -j DNAT --to-destination {nat.PrivateIp}");
        }
        foreach (var pf in config.PortForwards.OrderBy(p => p.PublicIp, StringComparer.Ordinal).ThenBy(p => p.PublicStartPort))
        {
            foreach (var protocol in Protocols(pf.Protocol))
            {
                sb.AppendLine($"-A PREROUTING -d {pf.PublicIp}/32 -p {protocol} -m {protocol} --dport {Ports(pf.PublicStartPort, pf.PublicEndPort)} -j DNAT --to-destination {PortForwardTarget(pf)}");
            }
        }
        foreach (var nat in config.StaticNats.OrderBy(n => n.PublicIp, StringComparer.Ordinal))
        {
            if (RouterLayout.InterfaceOf(links, nat.PublicIp) is { } publicIf)
            {
                sb.AppendLine($"-A POSTROUTING -s {nat.PrivateIp}/32 -o {publicIf} -j SNAT --to-source {nat.PublicIp}");
            }
        }
        if (config.Guest.Cidr is { } cidr)
        {
            if (RouterLayout.SourceNat(config) is { } snat && RouterLayout.InterfaceOf(links, snat.Address) is { } snatIf)
            {
                sb.AppendLine($"-A POSTROUTING -s {cidr} -o {snatIf} -j SNAT --to-source {snat.Address}");
            }
            if (config.Guest.RouterIp is { } routerIp)
            {
                sb.AppendLine($"-A POSTROUTING -s {cidr} -d {cidr} -o {guestIf} -m conntrack --ctstate DNAT -j SNAT --to-source {routerIp}");
            }
        }
        sb.AppendLine("COMMIT");
    }

    private static void RenderFilter(RouterConfig config, IReadOnlyList<PublicLink> links, StringBuilder sb)
    {
        const string guestIf = RouterLayout.GuestInterface;
        sb.AppendLine("*filter")
            .AppendLine(":INPUT DROP [0:0]")
            .AppendLine(":FORWARD DROP [0:0]")
            .AppendLine(":OUTPUT ACCEPT [0:0]")
            .AppendLine(":FW_INGRESS - [0:0]")
            .AppendLine(":FW_EGRESS - [0:0]")
            .AppendLine("-A INPUT -i lo -j ACCEPT")
            .AppendLine("-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT")
            .AppendLine($"-A INPUT -i {guestIf} -p udp -m udp --dport 67 -j ACCEPT")
            .AppendLine($"-A INPUT -i {guestIf} -p udp -m udp --dport 53 -j ACCEPT")
            .AppendLine($"-A INPUT -i {guestIf} -p tcp -m tcp --dport 53 -j ACCEPT")
            .AppendLine($"-A INPUT -i {guestIf} -p tcp -m tcp --dport {RouterGuestServices.MetadataPort} -j ACCEPT")
            .AppendLine($"-A INPUT -i {guestIf} -p tcp -m tcp --dport {RouterGuestServices.PasswordPort} -j ACCEPT")
            .AppendLine($"-A INPUT -i {guestIf} -p icmp -j ACCEPT");
        foreach (var lb in config.LoadBalancers.OrderBy(l => l.PublicIp, StringComparer.Ordinal).ThenBy(l => l.PublicPort))
        {
            sb.AppendLine($"-A INPUT -i {guestIf} -d {lb.PublicIp}/32 -p tcp -m tcp --dport {lb.PublicPort} -j ACCEPT");
            if (RouterLayout.InterfaceOf(links, lb.PublicIp) is { } lbIf)
            {
                foreach (var source in lb.SourceCidrs.DefaultIfEmpty("0.0.0.0/0"))
                {
                    sb.AppendLine($"-A INPUT -i {lbIf} -s {source} -d {lb.PublicIp}/32 -p tcp -m tcp --dport {lb.PublicPort} -j ACCEPT");
                }
            }
        }
        foreach (var link in links)
        {
            sb.AppendLine($"-A INPUT -i {link.Interface} -j FW_INGRESS");
        }
        sb.AppendLine("-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT");
        foreach (var link in links)
        {
            sb.AppendLine($"-A FORWARD -i {link.Interface} -o {guestIf} -m conntrack --ctstate DNAT -j FW_INGRESS")
                .AppendLine($"-A FORWARD -i {guestIf} -o {link.Interface} -j FW_EGRESS");
        }
        // Guests reaching a port forward or static NAT by its public address come back in on eth0.
        sb.AppendLine($"-A FORWARD -i {guestIf} -o {guestIf} -m conntrack --ctstate DNAT -j ACCEPT");
        foreach (var rule in config.FirewallRules.Where(r => r.Traffic.Equals("Ingress", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var source in rule.SourceCidrs.DefaultIfEmpty("0.0.0.0/0"))
            {
                foreach (var match in Matches(rule.Protocol, rule.StartPort, rule.EndPort, rule.IcmpType, rule.IcmpCode, original: true))
                {
                    var destination = rule.PublicIp is null ? "" : $" -m conntrack --ctorigdst {rule.PublicIp}/32";
                    sb.AppendLine($"-A FW_INGRESS -s {source}{match}{destination} -j ACCEPT");
                }
            }
        }
        var ruleTarget = config.EgressDefaultAllow ? "DROP" : "ACCEPT";
        foreach (var rule in config.FirewallRules.Where(r => r.Traffic.Equals("Egress", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var source in rule.SourceCidrs.DefaultIfEmpty(config.Guest.Cidr ?? "0.0.0.0/0"))
            {
                foreach (var destination in rule.DestinationCidrs.DefaultIfEmpty("0.0.0.0/0"))
                {
                    foreach (var match in Matches(rule.Protocol, rule.StartPort, rule.EndPort, rule.IcmpType, rule.IcmpCode, original: false))
                    {
                        sb.AppendLine($"-A FW_EGRESS -s {source} -d {destination}{match} -j {ruleTarget}");
                    }
                }
            }
        }
        sb.AppendLine($"-A FW_EGRESS -j {(config.EgressDefaultAllow ? "ACCEPT" : "DROP")}")
            .AppendLine("COMMIT");
    }

    /// <summary>
    /// The protocol and port part of a rule. Ingress rules match the original destination port
    /// (before port forwarding rewrote it) so one rule covers traffic to the router and through it.
    /// </summary>
    private static IEnumerable<string> Matches(string protocol, int? startPort, int? endPort, int? icmpType, int? icmpCode, bool original)
    {
        var p = protocol.ToLowerInvariant();
        if (p is "all" or "")
        {
            yield return "";
            yield break;
        }
        if (p == "icmp")
        {
            yield return icmpType is null or -1 ? " -p icmp" : $" -p icmp -m icmp --icmp-type {icmpType}{(icmpCode is null or -1 ? "" : $"/{icmpCode}")}";
            yield break;
        }
        if (p is "tcp" or "udp" && startPort is { } start)
        {
            var ports = Ports(start, endPort ?? start);
            yield return original ? $" -p {p} -m conntrack --ctorigdstport {ports}" : $" -p {p} -m {p} --dport {ports}";
            yield break;
        }
        yield return $" -p {p}";
    }

    private static IEnumerable<string> Protocols(string protocol) =>
        protocol.ToLowerInvariant() switch
        {
            "tcp" => ["tcp"],
            "udp" => ["udp"],
            _ => ["tcp", "udp"],
        };

    private static string Ports(int start, int end) =>
        end > start ? $"{start}:{end}" : start.ToString(CultureInfo.InvariantCulture);

    /// <summary>"10.1.1.5", "10.1.1.5:8080", or a shifted range "10.1.1.5:8000-8010/9000" (public port 9000+n → private 8000+n).</summary>
    private static string PortForwardTarget(PortForwardSpec pf)
    {
        if (pf.PublicStartPort == pf.PrivateStartPort && pf.PublicEndPort == pf.PrivateEndPort)
        {
            return pf.PrivateIp;
        }
        return pf.PrivateEndPort > pf.PrivateStartPort
            ? $"{pf.PrivateIp}:{pf.PrivateStartPort}-{pf.PrivateEndPort}/{pf.PublicStartPort}"
            : $"{pf.PrivateIp}:{pf.PrivateStartPort}";
    }
}
