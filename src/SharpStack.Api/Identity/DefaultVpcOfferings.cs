using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Networks;
using SharpStack.Data;
using static SharpStack.Core.Networks.NetworkServices;

namespace SharpStack.Api.Identity;

/// <summary>
/// Upstream's default VPC offerings (`Default VPC offering`, `Redundant VPC offering`) and its two
/// global network ACL lists (default_allow, default_deny), added once to a database that has none.
/// </summary>
public static class DefaultVpcOfferings
{
    public const string Default = "Default VPC offering";
    public const string Redundant = "Redundant VPC offering";

    private static readonly string[] Services = [Dhcp, Dns, SourceNat, StaticNat, PortForwarding, Lb, UserData, Vpn, NetworkAcl, Gateway];

    public static async Task EnsureAsync(CloudDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!await db.VpcOfferings.AnyAsync(ct))
        {
            VpcOffering Offering(string name, bool redundant) => new()
            {
                Name = name,
                DisplayText = name,
                State = VpcOfferingState.Enabled,
                IsDefault = true,
                RedundantRouter = redundant,
                Created = now,
                Services = Services.Select(s => new VpcOfferingService { Service = s, Provider = VpcVirtualRouter }).ToList(),
            };
            db.VpcOfferings.AddRange(Offering(Default, false), Offering(Redundant, true));
        }
        if (!await db.NetworkAclLists.AnyAsync(a => a.VpcId == null, ct))
        {
            var allow = new NetworkAclList { Name = NetworkAclList.DefaultAllow, Description = "Default Network ACL Allow All" };
            var deny = new NetworkAclList { Name = NetworkAclList.DefaultDeny, Description = "Default Network ACL Deny All" };
            db.NetworkAclLists.AddRange(allow, deny);
            await db.SaveChangesAsync(ct);
            NetworkAclItem Item(NetworkAclList list, int number, string traffic, string action) => new()
            {
                AclId = list.Id, Number = number, Protocol = "all", Cidrs = "0.0.0.0/0", TrafficType = traffic, Action = action, Created = now,
            };
            db.NetworkAclItems.AddRange(
                Item(allow, 1, "Ingress", "Allow"), Item(allow, 2, "Egress", "Allow"),
                Item(deny, 1, "Ingress", "Deny"), Item(deny, 2, "Egress", "Deny"));
        }
        await db.SaveChangesAsync(ct);
    }
}
