using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Compute;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Orchestration.Networks;

/// <summary>Builds a router's whole configuration document from the database's current state.</summary>
public static class RouterConfigs
{
    public static string MacFor(long routerId) =>
        $"02:01:{(routerId >> 24) & 0xFF:x2}:{(routerId >> 16) & 0xFF:x2}:{(routerId >> 8) & 0xFF:x2}:{routerId & 0xFF:x2}";

    /// <summary>A link-local address per router (169.254.0.0/16, avoiding .0 and .255), for the host to reach it.</summary>
    public static string LinkLocalFor(long routerId) => $"169.254.{(routerId / 254) % 256}.{routerId % 254 + 1}";

    /// <summary>The document as kept in the database: VPN keys and passwords and the instances' passwords are left out.</summary>
    public static RouterConfig Redacted(RouterConfig config)
    {
        if (config.Vpn is { } vpn)
        {
            config = config with { Vpn = vpn with { PresharedKey = Hidden, Users = vpn.Users.Select(u => u with { Password = Hidden }).ToList() } };
        }
        if (config.Vpc?.SiteToSiteVpn is { } s2s)
        {
            config = config with { Vpc = config.Vpc with { SiteToSiteVpn = s2s with { Connections = s2s.Connections.Select(c => c with { PresharedKey = Hidden }).ToList() } } };
        }
        if (config.Metadata is { } metadata)
        {
            config = config with { Metadata = metadata.Select(m => m.Password is null ? m : m with { Password = Hidden }).ToList() };
        }
        return config;
    }

    private const string Hidden = "(hidden)";

    /// <param name="reveal">Decrypts a secret stored with the server key (the VPN's key and users' passwords).</param>
    public static async Task<RouterConfig> BuildAsync(CloudDbContext db, Router router, long version, Func<string, string> reveal, CancellationToken ct)
    {
        var vpcId = router.VpcId;
        var vpc = vpcId is { } vid ? await db.Vpcs.AsNoTracking().FirstAsync(v => v.Id == vid, ct) : null;
        var network = vpc is null ? await db.Networks.AsNoTracking().FirstAsync(n => n.Id == router.NetworkId, ct) : null;
        var networkIds = vpc is null
            ? [network!.Id]
            : await db.Networks.AsNoTracking().Where(n => n.VpcId == vpc.Id && n.Removed == null).Select(n => n.Id).ToListAsync(ct);
        var offering = network?.NetworkOfferingId is { } oid ? await db.NetworkOfferings.AsNoTracking().FirstOrDefaultAsync(o => o.Id == oid, ct) : null;
        var zone = await db.Zones.AsNoTracking().FirstAsync(z => z.Id == router.ZoneId, ct);
        var dns = new[] { network?.Dns1 ?? vpc?.Dns1 ?? zone.Dns1, network?.Dns2 ?? vpc?.Dns2 ?? zone.Dns2 }.Where(d => !string.IsNullOrEmpty(d)).Select(d => d!).ToList();
        var guests = await db.Nics.AsNoTracking()
            .Where(n => networkIds.Contains(n.NetworkId) && n.Ipv4Address != null && n.MacAddress != null)
            .Join(db.VirtualMachines.AsNoTracking().Where(v => v.Removed == null && v.State != VmState.Destroyed && v.State != VmState.Expunging && v.State != VmState.Error),
                n => n.VmId, v => v.Id, (n, v) => new { n.MacAddress, n.Ipv4Address, v.Name, n.IsDefault, n.Gateway, VmId = v.Id })
            .OrderBy(x => x.Ipv4Address)
            .ToListAsync(ct);
        var routerIps = db.PublicIpAddresses.AsNoTracking()
            .Where(a => (a.NetworkId != null && networkIds.Contains(a.NetworkId.Value)) || (vpcId != null && a.VpcId == vpcId));
        var ips = await routerIps.Where(a => a.State == PublicIpState.Allocated)
            .Join(db.VlanIpRanges.AsNoTracking(), a => a.VlanIpRangeId, r => r.Id, (a, r) => new { a.Address, a.IsSourceNat, r.Netmask, r.Gateway, r.Vlan })
            .OrderBy(x => x.Address)
            .ToListAsync(ct);
        var rules = await db.FirewallRules.AsNoTracking().Where(r => networkIds.Contains(r.NetworkId) && r.State != RuleState.Revoke).OrderBy(r => r.Id).ToListAsync(ct);
        var ruleIps = await routerIps.ToDictionaryAsync(a => a.Id, a => a.Address, ct);
        string? AddressOf(FirewallRule r) => r.IpAddressId is { } id ? ruleIps.GetValueOrDefault(id) : null;
        var staticNats = await routerIps
            .Where(a => a.State == PublicIpState.Allocated && a.StaticNatVmIp != null)
            .OrderBy(a => a.Address).Select(a => new StaticNatSpec(a.Address, a.StaticNatVmIp!)).ToListAsync(ct);
        var lbIds = rules.Where(r => r.Purpose == RulePurpose.LoadBalancing).Select(r => r.Id).ToList();
        var members = (await db.LoadBalancerMembers.AsNoTracking().Where(m => lbIds.Contains(m.RuleId) && !m.Revoke).OrderBy(m => m.VmIp).ToListAsync(ct)).ToLookup(m => m.RuleId);
        var stickiness = (await db.LbStickinessPolicies.AsNoTracking().Where(p => lbIds.Contains(p.RuleId) && !p.Revoke).ToListAsync(ct)).ToLookup(p => p.RuleId);
        var healthChecks = (await db.LbHealthCheckPolicies.AsNoTracking().Where(p => lbIds.Contains(p.RuleId) && !p.Revoke).ToListAsync(ct)).ToLookup(p => p.RuleId);
        var vpn = await db.RemoteAccessVpns.AsNoTracking().Where(v => networkIds.Contains(v.NetworkId) && v.State != VpnState.Removed).FirstOrDefaultAsync(ct);
        RouterVpn? vpnSpec = null;
        if (vpn is not null)
        {
            var users = await db.VpnUsers.AsNoTracking().Where(u => u.AccountId == vpn.AccountId && u.State != VpnUserState.Revoke).OrderBy(u => u.Username).ToListAsync(ct);
            var vpnIp = ruleIps.GetValueOrDefault(vpn.IpAddressId) ?? "";
            vpnSpec = new RouterVpn(vpnIp, vpn.IpRange.Split('-')[0], vpn.IpRange, reveal(vpn.PresharedKey), users.Select(u => new VpnUserSpec(u.Username, reveal(u.Password))).ToList());
        }
        var metadata = await RouterMetadata.BuildAsync(db, zone, guests.Select(g => (g.VmId, g.Ipv4Address!)).ToList(), staticNats, ips.FirstOrDefault(i => i.IsSourceNat)?.Address, reveal, ct);
        var mac = router.GuestMacAddress ?? MacFor(router.Id);
        return new RouterConfig(
            version,
            router.Name,
            network is not null
                ? new RouterGuestNetwork(network.Uuid.ToString(), network.Cidr, network.Gateway, network.Netmask, router.GuestIpAddress,
                    mac, network.BroadcastUri, network.NetworkDomain, dns)
                : new RouterGuestNetwork(vpc!.Uuid.ToString(), vpc.Cidr, null, null, null, mac, null, vpc.NetworkDomain, dns),
            ips.Select(i => new RouterPublicIp(i.Address, i.Netmask, i.Gateway, i.Vlan, i.IsSourceNat)).ToList(),
            guests.Select(g => new DhcpEntry(g.MacAddress!, g.Ipv4Address!, g.Name, g.IsDefault, g.IsDefault ? g.Gateway : null)).ToList(),
            rules.Where(r => r.Purpose == RulePurpose.Firewall)
                .Select(r => new FirewallRuleSpec(r.Uuid.ToString(), r.TrafficType, AddressOf(r), r.Protocol, r.StartPort, r.EndPort, r.IcmpType, r.IcmpCode,
                    RuleInputs.SplitCidrs(r.SourceCidrs), RuleInputs.SplitCidrs(r.DestinationCidrs))).ToList(),
            rules.Where(r => r.Purpose == RulePurpose.PortForwarding && AddressOf(r) is not null && r.VmGuestIp is not null)
                .Select(r => new PortForwardSpec(r.Uuid.ToString(), AddressOf(r)!, r.Protocol, r.StartPort ?? 0, r.EndPort ?? 0, r.VmGuestIp!,
                    r.PrivateStartPort ?? 0, r.PrivateEndPort ?? 0)).ToList(),
            staticNats,
            rules.Where(r => r.Purpose == RulePurpose.LoadBalancing && AddressOf(r) is not null)
                .Select(r => new LoadBalancerSpec(r.Uuid.ToString(), AddressOf(r)!, r.StartPort ?? 0, r.PrivateStartPort ?? 0, r.Protocol, r.LbAlgorithm ?? "roundrobin",
                    members[r.Id].Select(m => m.VmIp).ToList(),
                    stickiness[r.Id].Select(p => new LbStickinessSpec(p.MethodName, LbPolicies.ParamsOf(p))).FirstOrDefault(),
                    healthChecks[r.Id].Select(p => new LbHealthCheckSpec(p.PingPath, p.ResponseTimeSeconds, p.IntervalSeconds, p.HealthyThreshold, p.UnhealthyThreshold)).FirstOrDefault(),
                    RuleInputs.SplitCidrs(r.SourceCidrs))).ToList(),
            offering?.EgressDefaultPolicy ?? true,
            vpnSpec,
            metadata,
            vpc is null ? null : await VpcRouterConfigs.BuildAsync(db, vpc, mac, dns, reveal, ct));
    }
}
