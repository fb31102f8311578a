using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.SecurityGroups;

/// <summary>
/// Security groups on the bridge, as iptables (br_netfilter, physdev) rules in the host's filter
/// table: FORWARD sends bridged traffic to SS-SG, which sends each instance nic's traffic (by its
/// tap) to the nic's own chains. To the instance: established traffic, DHCP answers and the
/// ingress rules, else drop. From the instance: DHCP requests (before the address checks: they
/// come from 0.0.0.0), then anti-spoofing (its MAC and address only), then established traffic and
/// the egress rules, else drop (or accept when EgressDefaultAllow).
/// </summary>
public static class SecurityGroupRuleset
{
    public const string MainChain = "SS-SG";

    /// <summary>One iptables-restore --noflush document for all instances the host filters.</summary>
    public static string Render(IEnumerable<SecurityGroupRulesRequest> instances)
    {
        var all = instances.OrderBy(i => i.VmName, StringComparer.Ordinal).ToList();
        var sb = new StringBuilder().AppendLine("*filter").AppendLine($":{MainChain} - [0:0]");
        foreach (var vm in all)
        {
            foreach (var (nic, tap) in Nics(vm))
            {
                sb.AppendLine($":{ChainTo(vm.VmName, tap)} - [0:0]").AppendLine($":{ChainFrom(vm.VmName, tap)} - [0:0]");
            }
        }
        foreach (var vm in all)
        {
            foreach (var (nic, tap) in Nics(vm))
            {
                sb.AppendLine($"-A {MainChain} -m physdev --physdev-out {tap} --physdev-is-bridged -j {ChainTo(vm.VmName, tap)}")
                    .AppendLine($"-A {MainChain} -m physdev --physdev-in {tap} --physdev-is-bridged -j {ChainFrom(vm.VmName, tap)}");
                RenderTo(vm, tap, sb);
                RenderFrom(vm, nic, tap, sb);
            }
        }
        return sb.AppendLine("COMMIT").ToString();
    }

    /// <summary>The chains of an instance's nics, to delete once it is no longer filtered.</summary>
    public static IEnumerable<string> Chains(SecurityGroupRulesRequest vm) =>
        Nics(vm).SelectMany(n => new[] { ChainTo(vm.VmName, n.Tap), ChainFrom(vm.VmName, n.Tap) });

    public static IEnumerable<(SecurityGroupNic Nic, string Tap)> Nics(SecurityGroupRulesRequest vm) =>
        vm.Nics.Select((nic, index) => (nic, HostNetworkNames.Tap(vm.VmName, nic.DeviceId ?? index)));

    private static void RenderTo(SecurityGroupRulesRequest vm, string tap, StringBuilder sb)
    {
        var chain = ChainTo(vm.VmName, tap);
        sb.AppendLine($"-A {chain} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT")
            .AppendLine($"-A {chain} -p udp -m udp --sport 67 --dport 68 -j ACCEPT");
        foreach (var rule in vm.Ingress)
        {
            foreach (var cidr in rule.Cidrs)
            {
                sb.AppendLine($"-A {chain} -s {cidr}{Match(rule)} -j ACCEPT");
            }
        }
        sb.AppendLine($"-A {chain} -j DROP");
    }

    private static void RenderFrom(SecurityGroupRulesRequest vm, SecurityGroupNic nic, string tap, StringBuilder sb)
    {
        var chain = ChainFrom(vm.VmName, tap);
        sb.AppendLine($"-A {chain} -m mac ! --mac-source {nic.MacAddress.ToLowerInvariant()} -j DROP")
            .AppendLine($"-A {chain} -p udp -m udp --sport 68 --dport 67 -j ACCEPT");
        if (nic.Ipv4Address is { } address)
        {
            sb.AppendLine($"-A {chain} ! -s {address}/32 -j DROP");
        }
        sb.AppendLine($"-A {chain} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT");
        foreach (var rule in vm.Egress)
        {
            foreach (var cidr in rule.Cidrs)
            {
                sb.AppendLine($"-A {chain} -d {cidr}{Match(rule)} -j ACCEPT");
            }
        }
        sb.AppendLine($"-A {chain} -j {(vm.EgressDefaultAllow ? "ACCEPT" : "DROP")}");
    }

    private static string Match(SecurityRuleSpec rule)
    {
        var protocol = rule.Protocol.ToLowerInvariant();
        return protocol switch
        {
            "all" or "" => "",
            "icmp" => rule.IcmpType is null or -1 ? " -p icmp" : $" -p icmp -m icmp --icmp-type {rule.IcmpType}{(rule.IcmpCode is null or -1 ? "" : $"/{rule.IcmpCode}")}",
            "tcp" or "udp" when rule.StartPort is { } start =>
                $" -p {protocol} -m {protocol} --dport {(rule.EndPort is { } end && end > start ? $"{start}:{end}" : start.ToString(CultureInfo.InvariantCulture))}",
            _ => $" -p {protocol}",
        };
    }

    // iptables chain names hold 28 characters: "ss" + 8 hex of instance and tap + direction.
    private static string ChainTo(string vmName, string tap) => $"ss{Hash(vmName + "/" + tap)}-to";

    private static string ChainFrom(string vmName, string tap) => $"ss{Hash(vmName + "/" + tap)}-from";

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
}
