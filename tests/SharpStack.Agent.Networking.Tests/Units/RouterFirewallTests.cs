using SharpStack.Agent.Networking.Router;
using SharpStack.Agent.Networking.Tests.TestKit;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Tests.Units;

public sealed class RouterFirewallTests
{
    private static List<string> Lines(RouterConfig config) => RouterFirewall.Render(config).Split('\n').ToList();

    [Fact]
    public void Source_nat_sends_the_guest_cidr_out_by_the_source_nat_address()
    {
        var lines = Lines(Docs.Router("r-1"));

        Assert.Contains("-A POSTROUTING -s 10.1.1.0/24 -o eth1 -j SNAT --to-source 198.51.100.10", lines);
        Assert.Contains(":INPUT DROP [0:0]", lines);
        Assert.Contains(":FORWARD DROP [0:0]", lines);
        Assert.Contains("-A FW_EGRESS -j ACCEPT", lines);
    }

    [Fact]
    public void Static_nat_maps_both_ways_before_source_nat()
    {
        var lines = Lines(Docs.Router("r-1") with
        {
            PublicIps = [Docs.Public("198.51.100.10", sourceNat: true), Docs.Public("198.51.100.12")],
            StaticNats = [new StaticNatSpec("198.51.100.12", "10.1.1.11")],
        });

        Assert.Contains("-A PREROUTING -d 198.51.100.12/32 -j DNAT --to-destination 10.1.1.11", lines);
        var oneToOne = lines.IndexOf("-A POSTROUTING -s 10.1.1.11/32 -o eth1 -j SNAT --to-source 198.51.100.12");
        Assert.True(oneToOne >= 0 && oneToOne < lines.IndexOf("-A POSTROUTING -s 10.1.1.0/24 -o eth1 -j SNAT --to-source 198.51.100.10"));
    }

    [Fact]
    public void Port_forwarding_shifts_a_public_range_onto_the_private_range()
    {
        var lines = Lines(Docs.Router("r-1") with
        {
            PortForwards =
            [
                new PortForwardSpec("a", "198.51.100.10", "tcp", 9000, 9010, "10.1.1.10", 8000, 8010),
                new PortForwardSpec("b", "198.51.100.10", "udp", 53, 53, "10.1.1.10", 5353, 5353),
                new PortForwardSpec("c", "198.51.100.10", "tcp", 22, 22, "10.1.1.10", 22, 22),
            ],
        });

        Assert.Contains("-A PREROUTING -d 198.51.100.10/32 -p tcp -m tcp --dport 9000:9010 -j DNAT --to-destination 10.1.1.10:8000-8010/9000", lines);
        Assert.Contains("-A PREROUTING -d 198.51.100.10/32 -p udp -m udp --dport 53 -j DNAT --to-destination 10.1.1.10:5353", lines);
        Assert.Contains("-A PREROUTING -d 198.51.100.10/32 -p tcp -m tcp --dport 22 -j DNAT --to-destination 10.1.1.10", lines);
    }

    [Fact]
    public void Ingress_rules_match_the_original_destination_from_each_source_cidr()
    {
        var lines = Lines(Docs.Router("r-1") with
        {
            FirewallRules =
            [
                new FirewallRuleSpec("a", "Ingress", "198.51.100.10", "tcp", 80, 90, null, null, ["192.0.2.0/24", "203.0.113.7/32"], []),
                new FirewallRuleSpec("b", "Ingress", "198.51.100.10", "icmp", null, null, 8, 0, ["0.0.0.0/0"], []),
            ],
        });

        Assert.Contains("-A FW_INGRESS -s 192.0.2.0/24 -p tcp -m conntrack --ctorigdstport 80:90 -m conntrack --ctorigdst 198.51.100.10/32 -j ACCEPT", lines);
        Assert.Contains("-A FW_INGRESS -s 203.0.113.7/32 -p tcp -m conntrack --ctorigdstport 80:90 -m conntrack --ctorigdst 198.51.100.10/32 -j ACCEPT", lines);
        Assert.Contains("-A FW_INGRESS -s 0.0.0.0/0 -p icmp -m icmp --icmp-type 8/0 -m conntrack --ctorigdst 198.51.100.10/32 -j ACCEPT", lines);
        Assert.Contains("-A INPUT -i eth1 -j FW_INGRESS", lines);
        Assert.Contains("-A FORWARD -i eth1 -o eth0 -m conntrack --ctstate DNAT -j FW_INGRESS", lines);
    }

    [Fact]
    public void Egress_rules_block_under_default_allow_and_allow_under_default_deny()
    {
        var rule = new FirewallRuleSpec("e", "Egress", null, "tcp", 25, 25, null, null, [], ["0.0.0.0/0"]);

        var allow = Lines(Docs.Router("r-1") with { FirewallRules = [rule], EgressDefaultAllow = true });
        Assert.Contains("-A FW_EGRESS -s 10.1.1.0/24 -d 0.0.0.0/0 -p tcp -m tcp --dport 25 -j DROP", allow);
        Assert.Equal("-A FW_EGRESS -j ACCEPT", allow.Last(l => l.StartsWith("-A FW_EGRESS", StringComparison.Ordinal)));

        var deny = Lines(Docs.Router("r-1") with { FirewallRules = [rule], EgressDefaultAllow = false });
        Assert.Contains("-A FW_EGRESS -s 10.1.1.0/24 -d 0.0.0.0/0 -p tcp -m tcp --dport 25 -j ACCEPT", deny);
        Assert.Equal("-A FW_EGRESS -j DROP", deny.Last(l => l.StartsWith("-A FW_EGRESS", StringComparison.Ordinal)));
    }

    [Fact]
    public void Public_addresses_on_two_vlans_get_one_interface_each()
    {
        var config = Docs.Router("r-1") with
        {
            PublicIps = [Docs.Public("198.51.100.10", sourceNat: true), new RouterPublicIp("203.0.113.5", "255.255.255.0", "203.0.113.1", "vlan://300", false)],
        };

        var links = RouterLayout.PublicLinks(config);

        Assert.Equal(["eth1", "eth2"], links.Select(l => l.Interface));
        Assert.Equal("eth1", RouterLayout.InterfaceOf(links, "198.51.100.10"));
        Assert.Equal("eth2", RouterLayout.InterfaceOf(links, "203.0.113.5"));
    }
}
