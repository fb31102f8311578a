using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Vpcs;

[ApiCommand("updateNetworkACLList")]
public sealed class UpdateNetworkACLList : IAsyncApiCommand
{
    public string EventType => EventTypes.NetworkAclUpdate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var list = ctx.Params.RequiredEntity<NetworkAclList>("id");
        var vpc = await CheckAsync(ctx, list);
        return AclInputs.Target(list, vpc);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<NetworkAclList>("id");
        await CheckAsync(ctx, found);
        var list = await ctx.Db.NetworkAclLists.FirstAsync(l => l.Id == found.Id, ctx.Cancellation);
        list.Name = ctx.Params.String("name") ?? list.Name;
        list.Description = ctx.Params.String("description") ?? list.Description;
        list.ForDisplay = ctx.Params.Bool("fordisplay") ?? list.ForDisplay;
        ctx.Event(EventTypes.NetworkAclUpdate, $"Updated ACL list {list.Name}", "NetworkAcl", list.Uuid, list.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await AclResponses.ListsAsync(ctx.Db, [list], ctx.Cancellation))[0]);
    }

    private static async Task<Vpc> CheckAsync(CommandContext ctx, NetworkAclList list)
    {
        if (ctx.Params.String("name") is { } name)
        {
            IdentityService.ValidateName(name, "ACL list name");
        }
        if (ctx.Params.Has("customid") && !ctx.Caller.IsRootAdmin)
        {
            throw CloudException.PermissionDenied("Only the root admin can set customid");
        }
        return await AclInputs.VpcOfChangeableAsync(ctx, list);
    }
}
