using SharpStack.Agent.Networking.Router;
using SharpStack.Agent.Networking.Tests.TestKit;

namespace SharpStack.Agent.Networking.Tests.Units;

public sealed class DnsmasqConfigTests
{
    private static readonly RouterPaths Paths = new("/state", "r-1");

    [Fact]
    public void Each_nic_gets_a_static_lease_and_only_default_nics_get_the_gateway()
    {
        var config = Docs.Router("r-1") with
        {
            DhcpEntries = [Docs.Dhcp("02:00:0A:01:01:0A", "10.1.1.10", "web-1"), Docs.Dhcp("02:00:0a:01:01:0b", "10.1.1.11", "web-2", isDefault: false)],
        };

        var files = DnsmasqConfig.Render(config, Paths);

        Assert.Equal("02:00:0a:01:01:0a,set:defaultnic,10.1.1.10,web-1,infinite\n02:00:0a:01:01:0b,10.1.1.11,web-2,infinite\n", files.DhcpHosts);
        Assert.Equal("tag:!defaultnic,option:router\ntag:defaultnic,option:router,10.1.1.1\n", files.DhcpOpts);
        Assert.Equal("10.1.1.10 web-1\n", files.Hosts);
    }

    [Fact]
    public void The_main_configuration_serves_the_guest_side_forwards_dns_and_names_the_domain()
    {
        var files = DnsmasqConfig.Render(Docs.Router("r-1"), Paths);
        var lines = files.Conf.Split('\n');

        Assert.Contains("interface=eth0", lines);
        Assert.Contains("bind-interfaces", lines);
        Assert.Contains("no-resolv", lines);
        Assert.Contains("server=198.51.100.1", lines);
        Assert.Contains("domain=cs1.internal", lines);
        Assert.Contains("local=/cs1.internal/", lines);
        Assert.Contains("dhcp-range=10.1.1.0,static,255.255.255.0,infinite", lines);
        Assert.Contains("dhcp-hostsfile=/state/routers/r-1/dnsmasq.dhcp-hosts", lines);
        Assert.Contains("pid-file=/state/routers/r-1/dnsmasq.pid", lines);
    }

    [Fact]
    public void A_lease_change_touches_only_the_files_dnsmasq_rereads_on_sighup()
    {
        var before = DnsmasqConfig.Render(Docs.Router("r-1"), Paths);
        var after = DnsmasqConfig.Render(Docs.Router("r-1") with { DhcpEntries = [Docs.Dhcp("02:00:0a:01:01:0a", "10.1.1.10", "web-1")] }, Paths);

        Assert.Equal(before.Conf, after.Conf);
        Assert.NotEqual(before.DhcpHosts, after.DhcpHosts);
    }
}
