using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;

namespace SharpStack.Api.Commands.InstanceGroups;

[ApiCommand("createInstanceGroup")]
public sealed class CreateInstanceGroup : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, ctx.Params, ctx.Cancellation);
        var name = ctx.Params.String("name")!;
        if (await ctx.Db.InstanceGroups.AnyAsync(g => g.AccountId == owner.Id && g.Name == name, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Unable to create instance group, a group with name {name} already exists for account {owner.Name}");
        }
        var group = await InstanceGroupStore.EnsureAsync(ctx.Db, owner, name, ctx.Now, ctx.Cancellation);
        return ApiResult.Of((await InstanceGroupStore.ToResponsesAsync(ctx.Db, [group], ctx.Cancellation))[0]);
    }
}
