using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Infrastructure;
using SharpStack.Api.Commands.Networks;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>
/// Adds a private gateway to a VPC: the VPC router gets ipaddress on an administrator-given VLAN,
/// with gateway as the next hop of static routes and an ACL list (aclid, or default_deny).
/// </summary>
[ApiCommand("createPrivateGateway")]
public sealed class CreatePrivateGateway(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.PrivateGatewayCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var gateway = await BuildAsync(ctx);
        return VpcJobs.Target(ctx.Params.RequiredEntity<Vpc>("vpcid")) with { InstanceType = "PrivateGateway", InstanceUuid = gateway.Uuid };
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var gateway = await BuildAsync(ctx);
        ctx.Db.PrivateGateways.Add(gateway);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await routers.ApplyOrUndoVpcAsync(ctx.Db, gateway.VpcId, () => ctx.Db.PrivateGateways.Where(g => g.Id == gateway.Id).ExecuteDeleteAsync(ctx.Cancellation), ctx.Cancellation);
        ctx.Event(EventTypes.PrivateGatewayCreate, $"Created private gateway {gateway.IpAddress} on {gateway.BroadcastUri}", "PrivateGateway", gateway.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await GatewayResponses.PrivateGatewaysAsync(ctx.Db, [gateway], ctx.Cancellation))[0]);
    }

    private static async Task<PrivateGateway> BuildAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var vpc = p.RequiredEntity<Vpc>("vpcid");
        if (p.Has("associatednetworkid") || p.Has("networkofferingid"))
        {
            throw CloudException.InvalidParameter("Private gateways on an associated network or with a network offering are not supported by this cloud: give vlan");
        }
        // vlan is in the administrators' variant of the command only, as upstream; users' calls arrive without it.
        var vlanText = p.String("vlan") ?? throw CloudException.InvalidParameter("vlan is required for a private gateway: an administrator gives it");
        var vlan = GuestVlans.VnetOf(vlanText) is { } id and >= 1 and <= 4094 ? id : throw CloudException.InvalidParameter($"Invalid vlan {vlanText}: use 1 to 4094");
        var address = InfrastructureRules.RequireIp(p.String("ipaddress"), "ipaddress");
        var next = InfrastructureRules.RequireIp(p.String("gateway"), "gateway");
        var prefix = InfrastructureRules.RequireNetmask(p.String("netmask"));
        if (!Ipv4.SameSubnet(address, next, prefix) || address == next)
        {
            throw CloudException.InvalidParameter($"The private gateway's ipaddress {p.String("ipaddress")} and gateway {p.String("gateway")} must be two addresses of one subnet /{prefix}");
        }
        var cidr = $"{Ipv4.Format(address & Ipv4.MaskOf(prefix))}/{prefix}";
        if (VpcCidrs.Overlap(cidr, vpc.Cidr))
        {
            throw CloudException.InvalidParameter($"The private gateway's subnet {cidr} overlaps VPC {vpc.Name}'s cidr {vpc.Cidr}");
        }
        var broadcast = $"vlan://{vlan}";
        var ipText = Ipv4.Format(address);
        if (await ctx.Db.PrivateGateways.AnyAsync(g => g.VpcId == vpc.Id && g.Removed == null && g.BroadcastUri == broadcast && g.IpAddress == ipText, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"VPC {vpc.Name} already has a private gateway {ipText} on vlan {vlan}");
        }
        var physical = p.Entity<PhysicalNetwork>("physicalnetworkid");
        if (physical is not null && physical.ZoneId != vpc.ZoneId)
        {
            throw CloudException.InvalidParameter($"Physical network {physical.Name} is not in the VPC's zone");
        }
        var acl = p.Entity<NetworkAclList>("aclid")
                  ?? await ctx.Db.NetworkAclLists.AsNoTracking().FirstAsync(a => a.VpcId == null && a.Name == NetworkAclList.DefaultDeny, ctx.Cancellation);
        if (acl.VpcId is { } aclVpc && aclVpc != vpc.Id)
        {
            throw CloudException.InvalidParameter($"ACL list {acl.Name} belongs to another VPC");
        }
        return new PrivateGateway
        {
            VpcId = vpc.Id,
            ZoneId = vpc.ZoneId,
            PhysicalNetworkId = physical?.Id,
            AccountId = vpc.AccountId,
            DomainId = vpc.DomainId,
            IpAddress = ipText,
            Gateway = Ipv4.Format(next),
            Netmask = Ipv4.Format(Ipv4.MaskOf(prefix)),
            BroadcastUri = broadcast,
            SourceNatSupported = p.Flag("sourcenatsupported"),
            AclId = acl.Id,
            Created = ctx.Now,
        };
    }
}
