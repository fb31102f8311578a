using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Commands.Networks;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Vpcs;

internal static class VpcResponses
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, Caller caller, IReadOnlyList<Vpc> vpcs, CancellationToken ct)
    {
        var accounts = await OwnerResponses.AccountsAsync(db, vpcs.Select(v => v.AccountId), ct);
        var zoneIds = vpcs.Select(v => v.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var offeringIds = vpcs.Select(v => v.VpcOfferingId).Distinct().ToList();
        var offerings = await db.VpcOfferings.AsNoTracking().Include(o => o.Services).Where(o => offeringIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var ids = vpcs.Select(v => v.Id).ToList();
        var tiers = (await db.Networks.AsNoTracking().Where(n => n.VpcId != null && ids.Contains(n.VpcId.Value) && n.Removed == null).OrderBy(n => n.Id).ToListAsync(ct))
            .ToLookup(n => n.VpcId!.Value);
        var tierResponses = (await NetworkResponses.ToResponsesAsync(db, caller, tiers.SelectMany(t => t).ToList(), ct))
            .Zip(tiers.SelectMany(t => t)).ToLookup(x => x.Second.VpcId!.Value, x => x.First);
        var tags = await Tags.TaggableResources.OfAsync(db, "Vpc", ids, ct);
        return vpcs.Select(v =>
        {
            var zone = zones.GetValueOrDefault(v.ZoneId);
            var offering = offerings.GetValueOrDefault(v.VpcOfferingId);
            var o = new ApiObject
            {
                { "id", v.Uuid },
                { "name", v.Name },
                { "displaytext", v.DisplayText },
                { "state", v.State.ToString() },
                { "zoneid", zone?.Uuid },
                { "zonename", zone?.Name },
                { "service", offering is null ? new List<ApiObject>() : VpcOfferingResponses.Services(offering) },
                { "cidr", v.Cidr },
                { "vpcofferingid", offering?.Uuid },
                { "vpcofferingname", offering?.Name },
                { "created", v.Created },
            };
            OwnerResponses.AddOwner(o, accounts.GetValueOrDefault(v.AccountId));
            o.Add("network", tierResponses[v.Id].ToList());
            o.Add("restartrequired", v.RestartRequired);
            o.Add("networkdomain", v.NetworkDomain);
            o.Add("tags", tags[v.Id].ToList());
            o.Add("fordisplay", v.Display);
            o.Add("distributedvpcrouter", false);
            o.Add("regionlevelvpc", false);
            o.Add("redundantvpcrouter", v.Redundant);
            o.Add("publicmtu", v.PublicMtu ?? 1500);
            o.Add("dns1", v.Dns1 ?? zone?.Dns1);
            o.Add("dns2", v.Dns2 ?? zone?.Dns2);
            o.Add("hasannotations", false);
            return o;
        }).ToList();
    }
}
