using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Infrastructure.IpRanges;

internal static class VlanRanges
{
    /// <summary>"untagged", "100" or "vlan://100" as upstream's stored form "vlan://untagged" / "vlan://100".</summary>
    public static string NormalizeVlan(string? text, PhysicalNetwork network)
    {
        var raw = (text ?? "untagged").Trim();
        if (raw.StartsWith("vlan://", StringComparison.OrdinalIgnoreCase))
        {
            raw = raw[7..];
        }
        if (raw.Equals("untagged", StringComparison.OrdinalIgnoreCase))
        {
            return "vlan://untagged";
        }
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id is < 1 or > 4094)
        {
            throw CloudException.InvalidParameter($"Invalid vlan {text}: use untagged or a VLAN id from 1 to 4094");
        }
        if (network.IsolationMethods == "VLAN" && PhysicalNetworkRules.InRanges(network.Vlan, "VLAN", id))
        {
            throw CloudException.InvalidParameter($"VLAN {id} is in the guest VLAN range {network.Vlan} of physical network {network.Name}");
        }
        return "vlan://" + id.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Ranges of one zone never share addresses; ranges on different VLANs never share a subnet.</summary>
    /// <param name="perPodSubnets">Basic zones' pod guest ranges: each pod may have its own subnet on the untagged VLAN.</param>
    public static async Task EnsureNoOverlapAsync(CloudDbContext db, long zoneId, string vlan, Ipv4Range range, uint gateway, int prefix, CancellationToken ct, bool perPodSubnets = false)
    {
        var mask = Ipv4.MaskOf(prefix);
        var subnet = new Ipv4Range(gateway & mask, (gateway & mask) | ~mask);
        var others = await db.VlanIpRanges.AsNoTracking().Where(v => v.ZoneId == zoneId && v.Removed == null).ToListAsync(ct);
        foreach (var other in others)
        {
            if (!Ipv4Range.TryParse(other.StartIp, other.EndIp, out var otherRange) || !Ipv4.TryParse(other.Gateway, out var otherGateway) ||
                !Ipv4.TryPrefixOfNetmask(other.Netmask, out var otherPrefix))
            {
                continue;
            }
            if (otherRange.Overlaps(range))
            {
                throw CloudException.InvalidParameter($"The IP range {range} overlaps the existing range {otherRange} of this zone");
            }
            var otherMask = Ipv4.MaskOf(otherPrefix);
            var otherSubnet = new Ipv4Range(otherGateway & otherMask, (otherGateway & otherMask) | ~otherMask);
            if (other.Vlan == vlan && !perPodSubnets && (other.Gateway != Ipv4.Format(gateway) || otherPrefix != prefix))
            {
                throw CloudException.InvalidParameter($"Ranges on {vlan} must share the gateway and netmask {other.Gateway}/{otherPrefix}");
            }
            if (other.Vlan != vlan && otherSubnet.Overlaps(subnet))
            {
                throw CloudException.InvalidParameter($"The subnet {Ipv4.Format(gateway & mask)}/{prefix} is already used on {other.Vlan}");
            }
        }
    }

    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<VlanIpRange> ranges, CancellationToken ct)
    {
        var zoneIds = ranges.Select(r => r.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, z => z.Uuid, ct);
        var networkIds = ranges.Select(r => r.PhysicalNetworkId).Distinct().ToList();
        var networks = await db.PhysicalNetworks.AsNoTracking().Where(n => networkIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.Uuid, ct);
        var podIds = ranges.Where(r => r.PodId != null).Select(r => r.PodId!.Value).ToList();
        var pods = await db.Pods.AsNoTracking().Where(p => podIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var domainIds = ranges.Where(r => r.DomainId != null).Select(r => r.DomainId!.Value).ToList();
        var domains = await db.Domains.AsNoTracking().Where(d => domainIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var accountIds = ranges.Where(r => r.AccountId != null).Select(r => r.AccountId!.Value).ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return ranges.Select(r =>
        {
            var pod = r.PodId is { } podId ? pods.GetValueOrDefault(podId) : null;
            var domain = r.DomainId is { } domainId ? domains.GetValueOrDefault(domainId) : null;
            Ipv4.TryParse(r.Gateway, out var gw);
            Ipv4.TryPrefixOfNetmask(r.Netmask, out var prefix);
            return new ApiObject
            {
                { "id", r.Uuid },
                { "forvirtualnetwork", r.ForVirtualNetwork },
                { "zoneid", zones[r.ZoneId] },
                { "vlan", r.Vlan },
                { "account", r.AccountId is { } a ? accounts.GetValueOrDefault(a) : null },
                { "domainid", domain?.Uuid },
                { "domain", domain?.Name },
                { "domainpath", domain is null ? null : IdentityResponses.DisplayPath(domain) },
                { "podid", pod?.Uuid },
                { "podname", pod?.Name },
                { "gateway", r.Gateway },
                { "netmask", r.Netmask },
                { "cidr", $"{Ipv4.Format(gw & Ipv4.MaskOf(prefix))}/{prefix}" },
                { "startip", r.StartIp },
                { "endip", r.EndIp },
                { "physicalnetworkid", networks[r.PhysicalNetworkId] },
                { "forsystemvms", r.ForSystemVms },
            };
        }).ToList();
    }
}
