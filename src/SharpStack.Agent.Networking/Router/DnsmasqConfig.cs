using System.Text;
using SharpStack.Agent.Networking.Host;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Router;

/// <summary>dnsmasq's files for a router: the main configuration (a change needs a restart) and the hosts, DHCP hosts and options files (re-read on SIGHUP).</summary>
public sealed record DnsmasqFiles(string Conf, string DhcpHosts, string DhcpOpts, string Hosts);

/// <summary>
/// DHCP with one static lease per guest nic (MAC → address, host name), the gateway option only
/// for a guest's default nic, and DNS for the network's domain that forwards everything else to
/// the network's DNS servers.
/// </summary>
public static class DnsmasqConfig
{
    private const string DefaultNicTag = "defaultnic";

    public static DnsmasqFiles Render(RouterConfig config, RouterPaths paths)
    {
        var guest = config.Guest;
        var conf = new StringBuilder()
            .AppendLine($"# SharpStack router {config.RouterName}: generated, do not edit")
            .AppendLine($"interface={RouterLayout.GuestInterface}")
            .AppendLine("bind-interfaces")
            .AppendLine("no-resolv")
            .AppendLine("no-hosts")
            .AppendLine("no-poll");
        foreach (var dns in guest.Dns)
        {
            conf.AppendLine($"server={dns}");
        }
        if (!string.IsNullOrEmpty(guest.NetworkDomain))
        {
            conf.AppendLine($"domain={guest.NetworkDomain}").AppendLine($"local=/{guest.NetworkDomain}/").AppendLine("expand-hosts");
        }
        conf.AppendLine($"addn-hosts={paths.DnsmasqHosts}");
        if (guest.Cidr is not null)
        {
            var (network, prefix) = Ipv4.ParseCidr(guest.Cidr);
            conf.AppendLine($"dhcp-range={network},static,{guest.Netmask ?? Ipv4.Netmask(prefix)},infinite")
                .AppendLine("dhcp-authoritative");
        }
        conf.AppendLine($"dhcp-hostsfile={paths.DnsmasqDhcpHosts}")
            .AppendLine($"dhcp-optsfile={paths.DnsmasqDhcpOpts}")
            .AppendLine($"dhcp-leasefile={paths.DnsmasqLeases}")
            .AppendLine($"pid-file={paths.DnsmasqPid}")
            .AppendLine("user=root")
            .AppendLine("log-dhcp");

        var entries = config.DhcpEntries.OrderBy(e => e.Ipv4Address, StringComparer.Ordinal).ToList();
        var hosts = new StringBuilder();
        var dhcpHosts = new StringBuilder();
        foreach (var entry in entries)
        {
            var tag = entry.IsDefault ? $"set:{DefaultNicTag}," : "";
            dhcpHosts.AppendLine($"{entry.MacAddress.ToLowerInvariant()},{tag}{entry.Ipv4Address},{entry.HostName},infinite");
            if (entry.IsDefault)
            {
                hosts.AppendLine($"{entry.Ipv4Address} {entry.HostName}");
            }
        }
        var gateway = guest.Gateway ?? guest.RouterIp;
        var opts = new StringBuilder();
        // A nic that is not the instance's default must not replace the default route the default nic gives.
        opts.AppendLine($"tag:!{DefaultNicTag},option:router");
        if (gateway is not null)
        {
            opts.AppendLine($"tag:{DefaultNicTag},option:router,{gateway}");
        }
        return new DnsmasqFiles(conf.ToString(), dhcpHosts.ToString(), opts.ToString(), hosts.ToString());
    }
}
