using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Networks;

internal static class NetworkResponses
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, Caller caller, IReadOnlyList<Network> networks, CancellationToken ct)
    {
        var accountIds = networks.Select(n => n.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var zoneIds = networks.Select(n => n.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var physicalIds = networks.Where(n => n.PhysicalNetworkId != null).Select(n => n.PhysicalNetworkId!.Value).Distinct().ToList();
        var physicals = await db.PhysicalNetworks.AsNoTracking().Where(x => physicalIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        var tags = await Tags.TaggableResources.OfAsync(db, "Network", networks.Select(n => n.Id).ToList(), ct);
        return networks.Select(n =>
        {
            var account = accounts.GetValueOrDefault(n.AccountId);
            var zone = zones.GetValueOrDefault(n.ZoneId);
            var o = new ApiObject
            {
                { "id", n.Uuid },
                { "name", n.Name },
                { "displaytext", n.DisplayText },
                { "zoneid", zone?.Uuid },
                { "zonename", zone?.Name },
                { "type", n.GuestType.ToString() },
                { "traffictype", n.TrafficType },
                { "acltype", n.AclType },
                { "cidr", n.Cidr },
                { "gateway", n.Gateway },
                { "netmask", n.Netmask },
                { "networkdomain", n.NetworkDomain },
                { "state", n.State.ToString() },
                { "account", account?.Name },
                { "domainid", account?.Domain?.Uuid },
                { "domain", account?.Domain?.Name },
                { "domainpath", account?.Domain?.Path },
                { "physicalnetworkid", n.PhysicalNetworkId is { } pid ? physicals.GetValueOrDefault(pid)?.Uuid : null },
                { "issystem", false },
                { "isdefault", n.DefaultKey is not null },
                { "canusefordeploy", true },
                { "specifyipranges", false },
                { "restartrequired", false },
                { "displaynetwork", true },
                { "created", n.Created },
                { "service", new List<ApiObject>() },
                { "tags", tags[n.Id].ToList() },
            };
            if (caller.IsRootAdmin)
            {
                o.Add("broadcasturi", n.BroadcastUri);
            }
            return o;
        }).ToList();
    }
}
