using System.Text;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.SecurityGroups;

/// <summary>
/// The layer-2 half of anti-spoofing, which iptables cannot see: an nftables bridge table that
/// drops frames from an instance's tap with another source MAC, and ARP claiming another address
/// (0.0.0.0 stays allowed: ARP probes and DHCP clients use it). Replaced whole in one transaction.
/// </summary>
public static class BridgeArpGuard
{
    public const string Table = "sharpstack_sg";

    public static string Render(IEnumerable<SecurityGroupRulesRequest> instances)
    {
        var sb = new StringBuilder()
            .AppendLine($"add table bridge {Table}")
            .AppendLine($"delete table bridge {Table}")
            .AppendLine($"table bridge {Table} {{")
            .AppendLine("  chain guard {")
            .AppendLine("    type filter hook forward priority -200; policy accept;");
        foreach (var vm in instances.OrderBy(i => i.VmName, StringComparer.Ordinal))
        {
            foreach (var (nic, tap) in SecurityGroupRuleset.Nics(vm))
            {
                sb.AppendLine($"    iifname \"{tap}\" ether saddr != {nic.MacAddress.ToLowerInvariant()} drop");
                if (nic.Ipv4Address is { } address)
                {
                    sb.AppendLine($"    iifname \"{tap}\" arp saddr ip != {{ {address}, 0.0.0.0 }} drop");
                }
            }
        }
        return sb.AppendLine("  }").AppendLine("}").ToString();
    }
}
