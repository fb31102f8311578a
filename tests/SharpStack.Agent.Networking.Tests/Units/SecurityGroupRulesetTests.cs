using SharpStack.Agent.Networking.SecurityGroups;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Tests.Units;

public sealed class SecurityGroupRulesetTests
{
    private static readonly SecurityGroupRulesRequest Vm = new("i-2-10-VM", "uuid", 3,
        [new SecurityGroupNic("02:00:0A:01:01:0A", "10.1.1.10", 0)],
        [new SecurityRuleSpec("tcp", 22, 22, null, null, ["192.0.2.0/24", "10.1.1.11/32"]), new SecurityRuleSpec("icmp", null, null, 8, -1, ["0.0.0.0/0"])],
        [], EgressDefaultAllow: true);

    [Fact]
    public void Each_nic_tap_is_filtered_in_both_directions_with_default_deny_ingress()
    {
        var tap = HostNetworkNames.Tap("i-2-10-VM", 0);
        var lines = SecurityGroupRuleset.Render([Vm]).Split('\n').ToList();
        var chains = SecurityGroupRuleset.Chains(Vm).ToList();
        var to = chains.Single(c => c.EndsWith("-to", StringComparison.Ordinal));
        var from = chains.Single(c => c.EndsWith("-from", StringComparison.Ordinal));

        Assert.All(chains, c => Assert.True(c.Length <= 28));
        Assert.Contains($"-A SS-SG -m physdev --physdev-out {tap} --physdev-is-bridged -j {to}", lines);
        Assert.Contains($"-A SS-SG -m physdev --physdev-in {tap} --physdev-is-bridged -j {from}", lines);
        Assert.Contains($"-A {to} -s 192.0.2.0/24 -p tcp -m tcp --dport 22 -j ACCEPT", lines);
        Assert.Contains($"-A {to} -s 10.1.1.11/32 -p tcp -m tcp --dport 22 -j ACCEPT", lines);
        Assert.Contains($"-A {to} -s 0.0.0.0/0 -p icmp -m icmp --icmp-type 8 -j ACCEPT", lines);
        Assert.Equal($"-A {to} -j DROP", lines.Last(l => l.StartsWith($"-A {to}", StringComparison.Ordinal)));
        Assert.Equal($"-A {from} -j ACCEPT", lines.Last(l => l.StartsWith($"-A {from}", StringComparison.Ordinal)));
    }

    [Fact]
    public void Dhcp_passes_before_the_anti_spoofing_checks()
    {
        var lines = SecurityGroupRuleset.Render([Vm]).Split('\n').ToList();
        var from = SecurityGroupRuleset.Chains(Vm).Single(c => c.EndsWith("-from", StringComparison.Ordinal));

        var dhcp = lines.IndexOf($"-A {from} -p udp -m udp --sport 68 --dport 67 -j ACCEPT");
        var spoof = lines.IndexOf($"-A {from} ! -s 10.1.1.10/32 -j DROP");
        Assert.True(dhcp >= 0 && spoof > dhcp);
        Assert.Contains($"-A {from} -m mac ! --mac-source 02:00:0a:01:01:0a -j DROP", lines);
    }

    [Fact]
    public void Egress_rules_replace_the_default_allow()
    {
        var vm = Vm with { Egress = [new SecurityRuleSpec("udp", 53, 53, null, null, ["10.1.1.1/32"])], EgressDefaultAllow = false };
        var lines = SecurityGroupRuleset.Render([vm]).Split('\n').ToList();
        var from = SecurityGroupRuleset.Chains(vm).Single(c => c.EndsWith("-from", StringComparison.Ordinal));

        Assert.Contains($"-A {from} -d 10.1.1.1/32 -p udp -m udp --dport 53 -j ACCEPT", lines);
        Assert.Equal($"-A {from} -j DROP", lines.Last(l => l.StartsWith($"-A {from}", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_arp_guard_pins_each_tap_to_its_mac_and_address()
    {
        var tap = HostNetworkNames.Tap("i-2-10-VM", 0);
        var text = BridgeArpGuard.Render([Vm]);

        Assert.Contains($"iifname \"{tap}\" ether saddr != 02:00:0a:01:01:0a drop", text);
        Assert.Contains($"iifname \"{tap}\" arp saddr ip != {{ 10.1.1.10, 0.0.0.0 }} drop", text);
    }
}
