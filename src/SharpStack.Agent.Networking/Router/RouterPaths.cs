namespace SharpStack.Agent.Networking.Router;

/// <summary>The files of one router under the host's state directory.</summary>
public sealed class RouterPaths(string stateDirectory, string routerName)
{
    public string Directory { get; } = Path.Combine(stateDirectory, "routers", routerName);

    public string AppliedVersion => Path.Combine(Directory, "applied-version");
    /// <summary>Left by a stop: the last version applied before it, so a late older document does not bring the router back.</summary>
    public string StoppedAtVersion => Path.Combine(Directory, "stopped-at-version");
    public string AppliedDocument => Path.Combine(Directory, "applied-config.json");
    public string DnsmasqConf => Path.Combine(Directory, "dnsmasq.conf");
    public string DnsmasqDhcpHosts => Path.Combine(Directory, "dnsmasq.dhcp-hosts");
    public string DnsmasqDhcpOpts => Path.Combine(Directory, "dnsmasq.dhcp-opts");
    public string DnsmasqHosts => Path.Combine(Directory, "dnsmasq.hosts");
    public string DnsmasqLeases => Path.Combine(Directory, "dnsmasq.leases");
    public string DnsmasqPid => Path.Combine(Directory, "dnsmasq.pid");
    public string DnsmasqLog => Path.Combine(Directory, "dnsmasq.log");
    public string Firewall => Path.Combine(Directory, "iptables.rules");
    public string HaproxyConf => Path.Combine(Directory, "haproxy.cfg");
    public string HaproxyPid => Path.Combine(Directory, "haproxy.pid");
    public string HaproxyLog => Path.Combine(Directory, "haproxy.log");
}
