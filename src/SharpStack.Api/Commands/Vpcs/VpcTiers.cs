using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Binding;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Core.Offerings;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>What createNetwork checks and sets for a VPC tier (vpcid with a VPC network offering).</summary>
internal static class VpcTiers
{
    /// <summary>The VPC a new network is a tier of: vpcid and a VPC network offering go together.</summary>
    public static Vpc? VpcFor(BoundParameters p, NetworkOffering offering)
    {
        var vpc = p.Entity<Vpc>("vpcid");
        if (offering.ForVpc && vpc is null)
        {
            throw CloudException.InvalidParameter($"Network offering {offering.Name} is for VPC tiers: give vpcid");
        }
        if (vpc is not null && !offering.ForVpc)
        {
            throw CloudException.InvalidParameter($"Network offering {offering.Name} can't be used for VPC networks: use an offering with forvpc=true");
        }
        if (vpc is null && p.Has("aclid"))
        {
            throw CloudException.InvalidParameter("aclid is only for VPC tiers: give vpcid too");
        }
        return vpc;
    }

    /// <summary>
    /// Makes the network a tier of the VPC: same owner and zone, gateway and netmask given, its CIDR
    /// inside the VPC's and overlapping no other tier's, and an ACL list (aclid, or default_deny).
    /// </summary>
    public static async Task JoinAsync(CommandContext ctx, Network network, Vpc vpc, Zone zone)
    {
        if (vpc.State != VpcState.Enabled)
        {
            throw CloudException.InvalidParameter($"VPC {vpc.Name} is {vpc.State}: a tier can only be added to an enabled VPC");
        }
        if (vpc.ZoneId != zone.Id)
        {
            throw CloudException.InvalidParameter($"VPC {vpc.Name} is not in zone {zone.Name}");
        }
        if (network.AccountId != vpc.AccountId)
        {
            throw CloudException.InvalidParameter($"A tier of VPC {vpc.Name} must belong to the VPC's account");
        }
        if (!ctx.Params.Has("gateway") || !ctx.Params.Has("netmask"))
        {
            throw CloudException.InvalidParameter("gateway and netmask are required for a VPC tier");
        }
        if (!VpcCidrs.Within(network.Cidr!, vpc.Cidr))
        {
            throw CloudException.InvalidParameter($"Network cidr {network.Cidr} is not within VPC {vpc.Name}'s cidr {vpc.Cidr}");
        }
        var siblings = await ctx.Db.Networks.AsNoTracking().Where(n => n.VpcId == vpc.Id && n.Removed == null).Select(n => new { n.Name, n.Cidr }).ToListAsync(ctx.Cancellation);
        if (siblings.FirstOrDefault(s => s.Cidr is not null && VpcCidrs.Overlap(s.Cidr, network.Cidr!)) is { } clash)
        {
            throw CloudException.InvalidParameter($"Network cidr {network.Cidr} overlaps with the cidr {clash.Cidr} of tier {clash.Name} of VPC {vpc.Name}");
        }
        var acl = ctx.Params.Entity<NetworkAclList>("aclid")
                  ?? await ctx.Db.NetworkAclLists.AsNoTracking().FirstAsync(a => a.VpcId == null && a.Name == NetworkAclList.DefaultDeny, ctx.Cancellation);
        if (acl.VpcId is { } aclVpc && aclVpc != vpc.Id)
        {
            throw CloudException.InvalidParameter($"ACL list {acl.Name} belongs to another VPC");
        }
        network.VpcId = vpc.Id;
        network.NetworkAclId = acl.Id;
        network.NetworkDomain ??= vpc.NetworkDomain;
    }
}
