using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>Removes an ACL rule; the router drops it, or the rule stays.</summary>
[ApiCommand("deleteNetworkACL")]
public sealed class DeleteNetworkACL(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.NetworkAclItemDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (_, list, vpc) = await LoadAsync(ctx);
        return AclInputs.Target(list, vpc);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (item, list, vpc) = await LoadAsync(ctx);
        await ctx.Db.NetworkAclItems.Where(i => i.Id == item.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.State, RuleState.Revoke), ctx.Cancellation);
        await routers.ApplyOrUndoVpcAsync(ctx.Db, vpc.Id,
            () => ctx.Db.NetworkAclItems.Where(i => i.Id == item.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.State, item.State), ctx.Cancellation), ctx.Cancellation);
        await ctx.Db.NetworkAclItems.Where(i => i.Id == item.Id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Event(EventTypes.NetworkAclItemDelete, $"Deleted ACL rule {item.Number} of list {list.Name}", "NetworkAclItem", item.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static async Task<(NetworkAclItem Item, NetworkAclList List, Vpc Vpc)> LoadAsync(CommandContext ctx)
    {
        var item = ctx.Params.RequiredEntity<NetworkAclItem>("id");
        var list = await ctx.Db.NetworkAclLists.AsNoTracking().FirstAsync(l => l.Id == item.AclId, ctx.Cancellation);
        return (item, list, await AclInputs.VpcOfChangeableAsync(ctx, list));
    }
}
