using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Addresses;

internal static class PublicIpResponses
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<PublicIpAddress> ips, CancellationToken ct)
    {
        var zoneIds = ips.Select(i => i.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var rangeIds = ips.Select(i => i.VlanIpRangeId).Distinct().ToList();
        var ranges = await db.VlanIpRanges.AsNoTracking().Where(r => rangeIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var physicalIds = ips.Select(i => i.PhysicalNetworkId).Distinct().ToList();
        var physicals = await db.PhysicalNetworks.AsNoTracking().Where(p => physicalIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var accountIds = ips.Where(i => i.AccountId != null).Select(i => i.AccountId!.Value).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var networkIds = ips.Where(i => i.NetworkId != null).Select(i => i.NetworkId!.Value).Distinct().ToList();
        var networks = await db.Networks.AsNoTracking().Where(n => networkIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, ct);
        var vmIds = ips.Where(i => i.StaticNatVmId != null).Select(i => i.StaticNatVmId!.Value).Distinct().ToList();
        var vms = await db.VirtualMachines.AsNoTracking().Where(v => vmIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var tags = await Tags.TaggableResources.OfAsync(db, "PublicIpAddress", ips.Select(i => i.Id).ToList(), ct);
        var vpcIds = ips.Where(i => i.VpcId != null).Select(i => i.VpcId!.Value).Distinct().ToList();
        var vpcs = await db.Vpcs.AsNoTracking().Where(v => vpcIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        return ips.Select(ip =>
        {
            var zone = zones.GetValueOrDefault(ip.ZoneId);
            var range = ranges.GetValueOrDefault(ip.VlanIpRangeId);
            var account = ip.AccountId is { } aid ? accounts.GetValueOrDefault(aid) : null;
            var network = ip.NetworkId is { } nid ? networks.GetValueOrDefault(nid) : null;
            var vm = ip.StaticNatVmId is { } vid ? vms.GetValueOrDefault(vid) : null;
            var o = new ApiObject
            {
                { "id", ip.Uuid },
                { "ipaddress", ip.Address },
                { "allocated", ip.AllocatedAt },
                { "zoneid", zone?.Uuid },
                { "zonename", zone?.Name },
                { "issourcenat", ip.IsSourceNat },
                { "account", account?.Name },
                { "domainid", account?.Domain?.Uuid },
                { "domain", account?.Domain?.Name },
                { "domainpath", account?.Domain?.Path },
                { "forvirtualnetwork", true },
                { "vlanid", range?.Uuid },
                { "vlanname", range?.Vlan.Replace("vlan://", "", StringComparison.Ordinal) },
                { "isstaticnat", ip.StaticNatVmId is not null },
                { "issystem", ip.IsSystem },
                { "associatednetworkid", network?.Uuid },
                { "associatednetworkname", network?.Name },
                { "state", ip.State.ToString() },
                { "physicalnetworkid", physicals.GetValueOrDefault(ip.PhysicalNetworkId)?.Uuid },
                { "tags", tags[ip.Id].ToList() },
                { "isportable", false },
                { "fordisplay", ip.ForDisplay },
                { "hasrules", false },
                { "forsystemvms", range?.ForSystemVms ?? false },
                { "forprovider", false },
                { "hasannotations", false },
            };
            if (ip.VpcId is { } vpcId && vpcs.GetValueOrDefault(vpcId) is { } vpc)
            {
                o.Add("vpcid", vpc.Uuid);
                o.Add("vpcname", vpc.Name);
            }
            if (vm is not null)
            {
                o.Add("virtualmachineid", vm.Uuid);
                o.Add("virtualmachinetype", "User");
                o.Add("virtualmachinename", vm.Name);
                o.Add("virtualmachinedisplayname", vm.DisplayName);
                o.Add("vmipaddress", ip.StaticNatVmIp);
            }
            return o;
        }).ToList();
    }
}
