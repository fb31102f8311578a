using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>Changes an ACL rule's fields given; the router applies the new list, or the rule is put back.</summary>
[ApiCommand("updateNetworkACLItem")]
public sealed class UpdateNetworkACLItem(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.NetworkAclItemUpdate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (item, list, vpc) = await LoadAsync(ctx);
        AclInputs.Apply(ctx.Params, item, creating: false);
        await AclInputs.EnsureNumberFreeAsync(ctx, item);
        return AclInputs.Target(list, vpc);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (item, list, vpc) = await LoadAsync(ctx);
        var before = await ctx.Db.NetworkAclItems.AsNoTracking().FirstAsync(i => i.Id == item.Id, ctx.Cancellation);
        AclInputs.Apply(ctx.Params, item, creating: false);
        await AclInputs.EnsureNumberFreeAsync(ctx, item);
        if (ctx.Params.Has("customid") && !ctx.Caller.IsRootAdmin)
        {
            throw CloudException.PermissionDenied("Only the root admin can set customid");
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await routers.ApplyOrUndoVpcAsync(ctx.Db, vpc.Id, async () =>
        {
            ctx.Db.NetworkAclItems.Update(before);
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        }, ctx.Cancellation);
        ctx.Event(EventTypes.NetworkAclItemUpdate, $"Updated ACL rule {item.Number} in list {list.Name}", "NetworkAclItem", item.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await AclResponses.ItemsAsync(ctx.Db, [item], ctx.Cancellation))[0]);
    }

    private static async Task<(NetworkAclItem Item, NetworkAclList List, Vpc Vpc)> LoadAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<NetworkAclItem>("id");
        var item = await ctx.Db.NetworkAclItems.FirstAsync(i => i.Id == found.Id, ctx.Cancellation);
        var list = await ctx.Db.NetworkAclLists.AsNoTracking().FirstAsync(l => l.Id == item.AclId, ctx.Cancellation);
        return (item, list, await AclInputs.VpcOfChangeableAsync(ctx, list));
    }
}
