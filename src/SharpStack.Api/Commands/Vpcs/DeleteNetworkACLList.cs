using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>Deletes a VPC's ACL list with its rules, once no tier or private gateway uses it.</summary>
[ApiCommand("deleteNetworkACLList")]
public sealed class DeleteNetworkACLList : IAsyncApiCommand
{
    public string EventType => EventTypes.NetworkAclDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var list = ctx.Params.RequiredEntity<NetworkAclList>("id");
        return AclInputs.Target(list, await CheckAsync(ctx, list));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var list = ctx.Params.RequiredEntity<NetworkAclList>("id");
        await CheckAsync(ctx, list);
        await ctx.Db.NetworkAclItems.Where(i => i.AclId == list.Id).ExecuteDeleteAsync(ctx.Cancellation);
        await ctx.Db.NetworkAclLists.Where(l => l.Id == list.Id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Event(EventTypes.NetworkAclDelete, $"Deleted ACL list {list.Name}", "NetworkAcl", list.Uuid, list.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static async Task<Vpc> CheckAsync(CommandContext ctx, NetworkAclList list)
    {
        var vpc = await AclInputs.VpcOfChangeableAsync(ctx, list);
        if (await ctx.Db.Networks.AnyAsync(n => n.NetworkAclId == list.Id && n.Removed == null, ctx.Cancellation) ||
            await ctx.Db.PrivateGateways.AnyAsync(g => g.AclId == list.Id && g.Removed == null, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"ACL list {list.Name} is still used by a tier or private gateway: replace it there first");
        }
        return vpc;
    }
}
