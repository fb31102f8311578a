using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;

/// <summary>Guest VLAN/VNI ranges and isolation methods of physical networks.</summary>
internal static class PhysicalNetworkRules
{
    public static readonly string[] SupportedIsolation = ["VLAN", "VXLAN"];

    public static string NormalizeIsolation(IReadOnlyList<string> methods)
    {
        if (methods.Count == 0)
        {
            return "VLAN";
        }
        if (methods.Count > 1)
        {
            throw CloudException.InvalidParameter("Only one isolation method can be given for a physical network");
        }
        var method = methods[0].ToUpperInvariant();
        return SupportedIsolation.Contains(method)
            ? method
            : throw CloudException.InvalidParameter($"Isolation method {methods[0]} is not supported: use VLAN or VXLAN");
    }

    public static List<(int Start, int End)> ParseRanges(string text, string isolation) => VnetRanges.Parse(text, isolation);

    /// <summary>Two physical networks of a zone with the same isolation method may not share guest ids.</summary>
    public static async Task EnsureNoZoneOverlapAsync(CloudDbContext db, long zoneId, long? exceptId, string vlan, string isolation, CancellationToken ct)
    {
        var mine = ParseRanges(vlan, isolation);
        var others = await db.PhysicalNetworks.AsNoTracking()
            .Where(n => n.ZoneId == zoneId && n.Removed == null && n.Id != exceptId && n.Vlan != null && n.IsolationMethods == isolation)
            .ToListAsync(ct);
        foreach (var other in others)
        {
            foreach (var (s, e) in ParseRanges(other.Vlan!, isolation))
            {
                if (mine.Any(m => m.Start <= e && s <= m.End))
                {
                    throw CloudException.InvalidParameter($"The {isolation} range {vlan} overlaps the range {other.Vlan} of physical network {other.Name}");
                }
            }
        }
    }

    public static bool InRanges(string? ranges, string isolation, int id) =>
        ranges is not null && ParseRanges(ranges, isolation).Any(r => id >= r.Start && id <= r.End);

    /// <summary>The providers upstream adds to every new physical network, with their services.</summary>
    public static readonly (string Name, string Services, bool HasRouterElement)[] DefaultProviders =
    [
        ("VirtualRouter", "Vpn,Dhcp,Dns,UserData,Firewall,Gateway,SourceNat,StaticNat,PortForwarding,Lb", true),
        ("VpcVirtualRouter", "Vpn,Dhcp,Dns,UserData,NetworkACL,Gateway,SourceNat,StaticNat,PortForwarding,Lb", true),
        ("SecurityGroupProvider", "SecurityGroup", false),
    ];
}
