using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Routers;

internal static class RouterResponses
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<Router> routers, CancellationToken ct)
    {
        var networkIds = routers.Where(r => r.NetworkId != null).Select(r => r.NetworkId!.Value).Distinct().ToList();
        var vpcIds = routers.Where(r => r.VpcId != null).Select(r => r.VpcId!.Value).Distinct().ToList();
        var vpcs = await db.Vpcs.AsNoTracking().Where(v => vpcIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var networks = await db.Networks.AsNoTracking().Where(n => networkIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, ct);
        var zoneIds = routers.Select(r => r.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var hostIds = routers.Where(r => r.HostId != null).Select(r => r.HostId!.Value).Distinct().ToList();
        var hosts = await db.Hosts.AsNoTracking().Where(h => hostIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, ct);
        var podIds = routers.Where(r => r.PodId != null).Select(r => r.PodId!.Value).Distinct().ToList();
        var pods = await db.Pods.AsNoTracking().Where(p => podIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var accountIds = routers.Select(r => r.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var domainIds = routers.Select(r => r.DomainId).Distinct().ToList();
        var domains = await db.Domains.AsNoTracking().Where(d => domainIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var offeringIds = routers.Where(r => r.ServiceOfferingId != null).Select(r => r.ServiceOfferingId!.Value).Distinct().ToList();
        var offerings = await db.ServiceOfferings.AsNoTracking().Where(o => offeringIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var sourceNats = await db.PublicIpAddresses.AsNoTracking()
            .Where(a => a.IsSourceNat && ((a.NetworkId != null && networkIds.Contains(a.NetworkId.Value)) || (a.VpcId != null && vpcIds.Contains(a.VpcId.Value))))
            .Join(db.VlanIpRanges.AsNoTracking(), a => a.VlanIpRangeId, r => r.Id, (a, r) => new { a.NetworkId, a.VpcId, a.Address, r.Netmask })
            .ToListAsync(ct);
        return routers.Select(r =>
        {
            var network = r.NetworkId is { } nid ? networks.GetValueOrDefault(nid) : null;
            var vpc = r.VpcId is { } vid ? vpcs.GetValueOrDefault(vid) : null;
            var zone = zones.GetValueOrDefault(r.ZoneId);
            var host = r.HostId is { } hid ? hosts.GetValueOrDefault(hid) : null;
            var pod = r.PodId is { } pid ? pods.GetValueOrDefault(pid) : null;
            var account = accounts.GetValueOrDefault(r.AccountId);
            var domain = domains.GetValueOrDefault(r.DomainId);
            var offering = r.ServiceOfferingId is { } oid ? offerings.GetValueOrDefault(oid) : null;
            var publicIp = vpc is not null ? sourceNats.FirstOrDefault(s => s.VpcId == vpc.Id) : sourceNats.FirstOrDefault(s => s.NetworkId == r.NetworkId);
            var response = new ApiObject
            {
                { "id", r.Uuid },
                { "name", r.Name },
                { "zoneid", zone?.Uuid },
                { "zonename", zone?.Name },
                { "dns1", network?.Dns1 ?? zone?.Dns1 },
                { "dns2", network?.Dns2 ?? zone?.Dns2 },
                { "networkdomain", network?.NetworkDomain ?? vpc?.NetworkDomain },
                { "gateway", network?.Gateway },
                { "podid", pod?.Uuid },
                { "podname", pod?.Name },
                { "hostid", host?.Uuid },
                { "hostname", host?.Name },
                { "hypervisor", host?.Hypervisor.ToString() },
                { "linklocalip", r.LinkLocalIp },
                { "linklocalnetmask", "255.255.0.0" },
                { "publicip", publicIp?.Address },
                { "publicnetmask", publicIp?.Netmask },
                { "guestipaddress", r.GuestIpAddress },
                { "guestmacaddress", r.GuestMacAddress },
                { "guestnetmask", network?.Netmask },
                { "guestnetworkid", network?.Uuid },
                { "guestnetworkname", network?.Name },
                { "created", r.Created },
                { "state", r.State.ToString() },
                { "account", network?.AclType == "Domain" ? "system" : account?.Name },
                { "domainid", domain?.Uuid },
                { "domain", domain?.Name },
                { "domainpath", domain?.Path },
                { "serviceofferingid", offering?.Uuid },
                { "serviceofferingname", offering?.Name },
                { "isredundantrouter", r.IsRedundant },
                { "redundantstate", r.RedundantState },
                { "version", r.Version },
                { "scriptsversion", r.Version },
                { "role", r.Role },
                { "requiresupgrade", false },
                { "healthchecksfailed", false },
                { "hasannotations", false },
            };
            if (vpc is not null)
            {
                response.Add("vpcid", vpc.Uuid);
                response.Add("vpcname", vpc.Name);
            }
            return response;
        }).ToList();
    }
}
