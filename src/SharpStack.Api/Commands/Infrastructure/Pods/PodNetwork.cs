using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Infrastructure.Pods;

/// <summary>A pod's management subnet (gateway + netmask) and its reserved range, validated together.</summary>
internal static class PodNetwork
{
    public static void Validate(string gateway, string netmask, string? startIp, string? endIp)
    {
        var gw = InfrastructureRules.RequireIp(gateway, "gateway");
        var prefix = InfrastructureRules.RequireNetmask(netmask);
        if (startIp is null)
        {
            if (endIp is not null)
            {
                throw CloudException.InvalidParameter("An endip needs a startip");
            }
            return;
        }
        if (!Ipv4Range.TryParse(startIp, endIp, out var range))
        {
            throw CloudException.InvalidParameter($"Please specify a valid IP range: {startIp} - {endIp} is not one (startip must not be after endip)");
        }
        if (!Ipv4.SameSubnet(range.Start, gw, prefix) || !Ipv4.SameSubnet(range.End, gw, prefix))
        {
            throw CloudException.InvalidParameter($"The IP range {range} is not in the subnet of gateway {gateway}/{prefix}");
        }
        if (range.Contains(gw))
        {
            throw CloudException.InvalidParameter($"The gateway {gateway} must not be inside the IP range {range}");
        }
    }

    /// <summary>Pods of a zone may not share management subnets.</summary>
    public static async Task EnsureNoOverlapAsync(CloudDbContext db, long zoneId, long? exceptPodId, string gateway, string netmask, CancellationToken ct)
    {
        var prefix = InfrastructureRules.RequireNetmask(netmask);
        var mine = SubnetRange(InfrastructureRules.RequireIp(gateway, "gateway"), prefix);
        var others = await db.Pods.AsNoTracking().Where(p => p.ZoneId == zoneId && p.Removed == null && p.Id != exceptPodId).ToListAsync(ct);
        foreach (var other in others)
        {
            if (Ipv4.TryParse(other.Gateway, out var otherGw) && Ipv4.TryPrefixOfNetmask(other.Netmask, out var otherPrefix) &&
                mine.Overlaps(SubnetRange(otherGw, otherPrefix)))
            {
                throw CloudException.InvalidParameter($"The pod's subnet {gateway}/{prefix} overlaps the subnet of pod {other.Name}");
            }
        }
    }

    private static Ipv4Range SubnetRange(uint address, int prefix)
    {
        var mask = Ipv4.MaskOf(prefix);
        return new Ipv4Range(address & mask, (address & mask) | ~mask);
    }
}
