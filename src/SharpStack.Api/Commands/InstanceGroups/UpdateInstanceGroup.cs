using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;

namespace SharpStack.Api.Commands.InstanceGroups;

[ApiCommand("updateInstanceGroup")]
public sealed class UpdateInstanceGroup : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<InstanceGroup>("id");
        var group = await ctx.Db.InstanceGroups.FirstAsync(g => g.Id == found.Id, ctx.Cancellation);
        if (ctx.Params.String("name") is { } name && name != group.Name)
        {
            IdentityService.ValidateName(name, "Instance group name");
            if (await ctx.Db.InstanceGroups.AnyAsync(g => g.AccountId == group.AccountId && g.Name == name, ctx.Cancellation))
            {
                throw CloudException.InvalidParameter($"Unable to update instance group, a group with name {name} already exists for the account");
            }
            group.Name = name;
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await InstanceGroupStore.ToResponsesAsync(ctx.Db, [group], ctx.Cancellation))[0]);
    }
}
