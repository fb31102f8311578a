using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>Gives a tier (networkid) or a private gateway (gatewayid) another ACL list of its VPC, or a default one.</summary>
[ApiCommand("replaceNetworkACLList")]
public sealed class ReplaceNetworkACLList(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.NetworkAclReplace;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (list, vpc, _, _) = await CheckAsync(ctx);
        return AclInputs.Target(list, vpc);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (list, vpc, network, gateway) = await CheckAsync(ctx);
        if (network is not null)
        {
            var previous = network.NetworkAclId;
            await ctx.Db.Networks.Where(n => n.Id == network.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.NetworkAclId, list.Id), ctx.Cancellation);
            await routers.ApplyOrUndoVpcAsync(ctx.Db, vpc.Id,
                () => ctx.Db.Networks.Where(n => n.Id == network.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.NetworkAclId, previous), ctx.Cancellation), ctx.Cancellation);
        }
        else
        {
            var previous = gateway!.AclId;
            await ctx.Db.PrivateGateways.Where(g => g.Id == gateway.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.AclId, list.Id), ctx.Cancellation);
            await routers.ApplyOrUndoVpcAsync(ctx.Db, vpc.Id,
                () => ctx.Db.PrivateGateways.Where(g => g.Id == gateway.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.AclId, previous), ctx.Cancellation), ctx.Cancellation);
        }
        ctx.Event(EventTypes.NetworkAclReplace, $"Replaced the ACL list of {(network is not null ? "network " + network.Name : "private gateway " + gateway!.IpAddress)} with {list.Name}",
            "NetworkAcl", list.Uuid, list.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static async Task<(NetworkAclList List, Vpc Vpc, Network? Network, PrivateGateway? Gateway)> CheckAsync(CommandContext ctx)
    {
        var list = ctx.Params.RequiredEntity<NetworkAclList>("aclid");
        var network = ctx.Params.Entity<Network>("networkid");
        var gateway = ctx.Params.Entity<PrivateGateway>("gatewayid");
        if ((network is null) == (gateway is null))
        {
            throw CloudException.InvalidParameter("Give either networkid or gatewayid: the tier or private gateway that gets the ACL list");
        }
        var vpcId = network?.VpcId ?? gateway?.VpcId ?? throw CloudException.InvalidParameter($"Network {network!.Name} is not a VPC tier: ACL lists are for VPC tiers");
        if (list.VpcId is { } listVpc && listVpc != vpcId)
        {
            throw CloudException.InvalidParameter($"ACL list {list.Name} and the {(network is not null ? "network" : "private gateway")} belong to different VPCs");
        }
        var vpc = await ctx.Db.Vpcs.AsNoTracking().FirstAsync(v => v.Id == vpcId, ctx.Cancellation);
        if (network is not null && ctx.Caller.IsNormalUser && network.AccountId != ctx.Caller.Account.Id)
        {
            throw CloudException.PermissionDenied($"The caller cannot change network {network.Name}");
        }
        return (list, vpc, network, gateway);
    }
}
