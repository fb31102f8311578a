using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Orchestration.Networks;

/// <summary>The VPC part of a VPC router's document: tiers with their ACLs, private gateways, static routes, site-to-site VPN.</summary>
public static class VpcRouterConfigs
{
    public static async Task<RouterVpc> BuildAsync(CloudDbContext db, Vpc vpc, string routerMac, IReadOnlyList<string> dns, Func<string, string> reveal, CancellationToken ct)
    {
        var tiers = await db.Networks.AsNoTracking().Where(n => n.VpcId == vpc.Id && n.Removed == null).OrderBy(n => n.Id).ToListAsync(ct);
        var gateways = await db.PrivateGateways.AsNoTracking().Where(g => g.VpcId == vpc.Id && g.Removed == null).OrderBy(g => g.Id).ToListAsync(ct);
        var aclIds = tiers.Select(t => t.NetworkAclId).Concat(gateways.Select(g => (long?)g.AclId)).OfType<long>().Distinct().ToList();
        var lists = await db.NetworkAclLists.AsNoTracking().Where(a => aclIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var items = (await db.NetworkAclItems.AsNoTracking().Where(i => aclIds.Contains(i.AclId) && i.State != RuleState.Revoke)
            .OrderBy(i => i.Number).ToListAsync(ct)).ToLookup(i => i.AclId);
        IReadOnlyList<AclRuleSpec> Rules(long? aclId) => aclId is { } id ? items[id].Select(ToSpec).ToList() : [];

        var routes = await db.StaticRoutes.AsNoTracking().Where(r => r.VpcId == vpc.Id && r.State != "Revoke").OrderBy(r => r.Id).ToListAsync(ct);
        var gatewayIps = gateways.ToDictionary(g => g.Id, g => g.Gateway);
        return new RouterVpc(
            vpc.Uuid.ToString(),
            vpc.Cidr,
            tiers.Select(t => new RouterVpcTier(
                new RouterGuestNetwork(t.Uuid.ToString(), t.Cidr, t.Gateway, t.Netmask, t.Gateway, routerMac, t.BroadcastUri, t.NetworkDomain ?? vpc.NetworkDomain, dns),
                t.NetworkAclId is { } a && lists.TryGetValue(a, out var list) ? list.Uuid.ToString() : "",
                t.NetworkAclId is { } b && lists.TryGetValue(b, out var named) ? named.Name : "",
                Rules(t.NetworkAclId))).ToList(),
            gateways.Select(g => new RouterPrivateGateway(g.Uuid.ToString(), g.IpAddress, g.Gateway, g.Netmask, g.BroadcastUri, g.SourceNatSupported,
                lists.TryGetValue(g.AclId, out var list) ? list.Uuid.ToString() : "", Rules(g.AclId))).ToList(),
            routes.Select(r => new StaticRouteSpec(r.Uuid.ToString(), r.Cidr, r.NextHop ?? (r.GatewayId is { } gid ? gatewayIps.GetValueOrDefault(gid) ?? "" : ""))).ToList(),
            await SiteToSiteAsync(db, vpc, reveal, ct));
    }

    public static AclRuleSpec ToSpec(NetworkAclItem i) =>
        new(i.Uuid.ToString(), i.Number, i.TrafficType, i.Protocol, i.StartPort, i.EndPort, i.IcmpType, i.IcmpCode, RuleInputs.SplitCidrs(i.Cidrs), i.Action);

    private static async Task<RouterSiteToSiteVpn?> SiteToSiteAsync(CloudDbContext db, Vpc vpc, Func<string, string> reveal, CancellationToken ct)
    {
        var gateway = await db.VpnGateways.AsNoTracking().FirstOrDefaultAsync(g => g.VpcId == vpc.Id && g.Removed == null, ct);
        if (gateway is null)
        {
            return null;
        }
        var address = await db.PublicIpAddresses.AsNoTracking().Where(a => a.Id == gateway.IpAddressId).Select(a => a.Address).FirstAsync(ct);
        var connections = await db.VpnConnections.AsNoTracking().Where(c => c.VpnGatewayId == gateway.Id && c.Removed == null)
            .Join(db.VpnCustomerGateways.AsNoTracking(), c => c.CustomerGatewayId, g => g.Id, (c, g) => new { Connection = c, Customer = g })
            .OrderBy(x => x.Connection.Id).ToListAsync(ct);
        return new RouterSiteToSiteVpn(address, connections.Select(x => new SiteToSiteConnectionSpec(
            x.Connection.Uuid.ToString(), x.Customer.Gateway, RuleInputs.SplitCidrs(x.Customer.Cidrs), [vpc.Cidr], reveal(x.Customer.IpsecPsk),
            x.Customer.IkePolicy, x.Customer.EspPolicy, x.Customer.IkeLifetime, x.Customer.EspLifetime, x.Customer.Dpd, x.Customer.ForceEncap,
            x.Customer.IkeVersion, x.Customer.SplitConnections, x.Connection.Passive)).ToList());
    }
}
