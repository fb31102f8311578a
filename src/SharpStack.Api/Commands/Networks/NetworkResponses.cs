using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Commands.NetworkOfferings;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Data;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Networks;

internal static class NetworkResponses
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, Caller caller, IReadOnlyList<Network> networks, CancellationToken ct)
    {
        var accountIds = networks.Select(n => n.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var domainIds = networks.Select(n => n.DomainId).Distinct().ToList();
        var domains = await db.Domains.AsNoTracking().Where(d => domainIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var zoneIds = networks.Select(n => n.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var physicalIds = networks.Where(n => n.PhysicalNetworkId != null).Select(n => n.PhysicalNetworkId!.Value).Distinct().ToList();
        var physicals = await db.PhysicalNetworks.AsNoTracking().Where(x => physicalIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        var offeringIds = networks.Where(n => n.NetworkOfferingId != null).Select(n => n.NetworkOfferingId!.Value).Distinct().ToList();
        var offerings = await db.NetworkOfferings.AsNoTracking().Include(o => o.Services).Where(o => offeringIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var tags = await Tags.TaggableResources.OfAsync(db, "Network", networks.Select(n => n.Id).ToList(), ct);
        var vpcIds = networks.Where(n => n.VpcId != null).Select(n => n.VpcId!.Value).Distinct().ToList();
        var vpcs = await db.Vpcs.AsNoTracking().Where(v => vpcIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var aclIds = networks.Where(n => n.NetworkAclId != null).Select(n => n.NetworkAclId!.Value).Distinct().ToList();
        var acls = await db.NetworkAclLists.AsNoTracking().Where(a => aclIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        return networks.Select(n =>
        {
            var account = n.AclType == "Account" ? accounts.GetValueOrDefault(n.AccountId) : null;
            var domain = account?.Domain ?? domains.GetValueOrDefault(n.DomainId);
            var zone = zones.GetValueOrDefault(n.ZoneId);
            var offering = n.NetworkOfferingId is { } oid ? offerings.GetValueOrDefault(oid) : null;
            var o = new ApiObject
            {
                { "id", n.Uuid },
                { "name", n.Name },
                { "displaytext", n.DisplayText },
                { "broadcastdomaintype", n.BroadcastUri is { } uri && uri.StartsWith("vxlan", StringComparison.Ordinal) ? "Vxlan" : n.BroadcastUri is null || n.BroadcastUri == "vlan://untagged" ? "Native" : "Vlan" },
                { "traffictype", n.TrafficType },
                { "gateway", n.Gateway },
                { "netmask", n.Netmask },
                { "cidr", n.Cidr },
                { "zoneid", zone?.Uuid },
                { "zonename", zone?.Name },
                { "networkofferingid", offering?.Uuid },
                { "networkofferingname", offering?.Name },
                { "networkofferingdisplaytext", offering?.DisplayText },
                { "networkofferingconservemode", offering?.ConserveMode },
                { "networkofferingavailability", offering?.Availability },
                { "issystem", false },
                { "state", n.State.ToString() },
                { "related", n.Uuid },
                { "dns1", n.Dns1 ?? zone?.Dns1 },
                { "dns2", n.Dns2 ?? zone?.Dns2 },
                { "type", n.GuestType.ToString() },
                { "acltype", n.AclType },
                { "subdomainaccess", n.SubdomainAccess },
                { "account", account?.Name },
                { "domainid", domain?.Uuid },
                { "domain", domain?.Name },
                { "domainpath", domain?.Path },
                { "isdefault", n.DefaultKey is not null },
                { "service", offering is null ? new List<ApiObject>() : NetworkOfferingResponses.Services(offering) },
                { "networkdomain", n.NetworkDomain },
                { "physicalnetworkid", n.PhysicalNetworkId is { } pid ? physicals.GetValueOrDefault(pid)?.Uuid : null },
                { "restartrequired", n.RestartRequired },
                { "specifyvlan", offering?.SpecifyVlan ?? false },
                { "specifyipranges", offering?.SpecifyIpRanges ?? false },
                { "canusefordeploy", n.State != NetworkState.Destroy },
                { "ispersistent", offering?.IsPersistent ?? false },
                { "tags", tags[n.Id].ToList() },
                { "displaynetwork", n.DisplayNetwork },
                { "strechedl2subnet", false },
                { "redundantrouter", offering?.RedundantRouter ?? false },
                { "supportsvmautoscaling", false },
                { "created", n.Created },
                { "egressdefaultpolicy", offering?.EgressDefaultPolicy ?? true },
                { "internetprotocol", "IPv4" },
                { "hasannotations", false },
            };
            if (n.VpcId is { } vpcId && vpcs.GetValueOrDefault(vpcId) is { } vpc)
            {
                o.Add("vpcid", vpc.Uuid);
                o.Add("vpcname", vpc.Name);
            }
            if (n.NetworkAclId is { } aclId && acls.GetValueOrDefault(aclId) is { } acl)
            {
                o.Add("aclid", acl.Uuid);
                o.Add("aclname", acl.Name);
            }
            if (caller.IsRootAdmin)
            {
                o.Add("broadcasturi", n.BroadcastUri);
                o.Add("vlan", GuestVlans.VnetOf(n.BroadcastUri)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? (n.BroadcastUri == "vlan://untagged" ? "untagged" : null));
            }
            return o;
        }).ToList();
    }
}
