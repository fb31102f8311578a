using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>
/// Adds a rule to an ACL list (aclid, or the list of tier networkid); without number it goes last.
/// The VPC's router applies it before the job ends, or it is not kept.
/// </summary>
[ApiCommand("createNetworkACL")]
public sealed class CreateNetworkACL(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.NetworkAclItemCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (list, vpc) = await ListAsync(ctx);
        await BuildAsync(ctx, list);
        return AclInputs.Target(list, vpc);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (list, vpc) = await ListAsync(ctx);
        var item = await BuildAsync(ctx, list);
        item.State = RuleState.Add;
        ctx.Db.NetworkAclItems.Add(item);
        try
        {
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        }
        catch (DbUpdateException)
        {
            throw CloudException.InvalidParameter($"ACL item with number {item.Number} already exists in ACL list {list.Name}");
        }
        await routers.ApplyOrUndoVpcAsync(ctx.Db, vpc.Id, () => ctx.Db.NetworkAclItems.Where(i => i.Id == item.Id).ExecuteDeleteAsync(ctx.Cancellation), ctx.Cancellation);
        item.State = RuleState.Active;
        ctx.Event(EventTypes.NetworkAclItemCreate, $"Created ACL rule {item.Number} in list {list.Name}", "NetworkAclItem", item.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await AclResponses.ItemsAsync(ctx.Db, [item], ctx.Cancellation))[0]);
    }

    private static async Task<(NetworkAclList List, Vpc Vpc)> ListAsync(CommandContext ctx)
    {
        var list = ctx.Params.Entity<NetworkAclList>("aclid");
        if (ctx.Params.Entity<Network>("networkid") is { } network)
        {
            if (network.VpcId is null || network.NetworkAclId is null)
            {
                throw CloudException.InvalidParameter($"Network {network.Name} is not a VPC tier: ACL rules are for VPC tiers");
            }
            if (list is not null && list.Id != network.NetworkAclId)
            {
                throw CloudException.InvalidParameter($"ACL list {list.Name} is not the list of network {network.Name}");
            }
            list = await ctx.Db.NetworkAclLists.AsNoTracking().FirstAsync(l => l.Id == network.NetworkAclId, ctx.Cancellation);
        }
        if (list is null)
        {
            throw CloudException.InvalidParameter("Give aclid or networkid: the ACL list the rule belongs to");
        }
        return (list, await AclInputs.VpcOfChangeableAsync(ctx, list));
    }

    private static async Task<NetworkAclItem> BuildAsync(CommandContext ctx, NetworkAclList list)
    {
        var item = new NetworkAclItem { AclId = list.Id, Protocol = "all", Cidrs = "0.0.0.0/0", Created = ctx.Now };
        AclInputs.Apply(ctx.Params, item, creating: true);
        if (!ctx.Params.Has("number"))
        {
            item.Number = (await ctx.Db.NetworkAclItems.Where(i => i.AclId == list.Id).MaxAsync(i => (int?)i.Number, ctx.Cancellation) ?? 0) + 1;
        }
        await AclInputs.EnsureNumberFreeAsync(ctx, item);
        return item;
    }
}
