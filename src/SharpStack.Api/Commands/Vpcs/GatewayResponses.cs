using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Data;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpcs;

internal static class GatewayResponses
{
    public static async Task<List<ApiObject>> PrivateGatewaysAsync(CloudDbContext db, IReadOnlyList<PrivateGateway> gateways, CancellationToken ct)
    {
        var accounts = await OwnerResponses.AccountsAsync(db, gateways.Select(g => g.AccountId), ct);
        var vpcIds = gateways.Select(g => g.VpcId).Distinct().ToList();
        var vpcs = await db.Vpcs.AsNoTracking().Where(v => vpcIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var zoneIds = gateways.Select(g => g.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var aclIds = gateways.Select(g => g.AclId).Distinct().ToList();
        var acls = await db.NetworkAclLists.AsNoTracking().Where(a => aclIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var physicalIds = gateways.Where(g => g.PhysicalNetworkId != null).Select(g => g.PhysicalNetworkId!.Value).Distinct().ToList();
        var physicals = await db.PhysicalNetworks.AsNoTracking().Where(p => physicalIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        return gateways.Select(g =>
        {
            var vpc = vpcs.GetValueOrDefault(g.VpcId);
            var zone = zones.GetValueOrDefault(g.ZoneId);
            var acl = acls.GetValueOrDefault(g.AclId);
            var o = new ApiObject
            {
                { "id", g.Uuid },
                { "gateway", g.Gateway },
                { "netmask", g.Netmask },
                { "ipaddress", g.IpAddress },
                { "zoneid", zone?.Uuid },
                { "zonename", zone?.Name },
                { "vlan", GuestVlans.VnetOf(g.BroadcastUri)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? g.BroadcastUri },
                { "vpcid", vpc?.Uuid },
                { "vpcname", vpc?.Name },
                { "physicalnetworkid", g.PhysicalNetworkId is { } pid ? physicals.GetValueOrDefault(pid)?.Uuid : null },
            };
            OwnerResponses.AddOwner(o, accounts.GetValueOrDefault(g.AccountId));
            o.Add("state", g.State);
            o.Add("sourcenatsupported", g.SourceNatSupported);
            o.Add("aclid", acl?.Uuid);
            o.Add("aclname", acl?.Name);
            o.Add("hasannotations", false);
            return o;
        }).ToList();
    }

    public static async Task<List<ApiObject>> StaticRoutesAsync(CloudDbContext db, IReadOnlyList<StaticRoute> routes, CancellationToken ct)
    {
        var accounts = await OwnerResponses.AccountsAsync(db, routes.Select(r => r.AccountId), ct);
        var vpcIds = routes.Select(r => r.VpcId).Distinct().ToList();
        var vpcs = await db.Vpcs.AsNoTracking().Where(v => vpcIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var gatewayIds = routes.Where(r => r.GatewayId != null).Select(r => r.GatewayId!.Value).Distinct().ToList();
        var gateways = await db.PrivateGateways.AsNoTracking().Where(g => gatewayIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);
        return routes.Select(r =>
        {
            var gateway = r.GatewayId is { } gid ? gateways.GetValueOrDefault(gid) : null;
            var o = new ApiObject
            {
                { "id", r.Uuid },
                { "state", r.State },
                { "vpcid", vpcs.GetValueOrDefault(r.VpcId)?.Uuid },
                { "vpcgatewayid", gateway?.Uuid },
                { "vpcgatewayip", gateway?.Gateway },
                { "nexthop", r.NextHop },
                { "cidr", r.Cidr },
            };
            OwnerResponses.AddOwner(o, accounts.GetValueOrDefault(r.AccountId));
            o.Add("tags", new List<ApiObject>());
            return o;
        }).ToList();
    }
}
