using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Roles;

[ApiCommand("deleteRole")]
public sealed class DeleteRole : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<Role>("id");
        var role = await ctx.Db.Roles.FirstAsync(r => r.Id == found.Id, ctx.Cancellation);
        if (role.IsDefault)
        {
            throw CloudException.InvalidParameter($"The default role {role.Name} cannot be deleted");
        }
        if (await ctx.Db.Accounts.AnyAsync(a => a.RoleId == role.Id && a.Removed == null, ctx.Cancellation))
        {
            throw CloudException.InUse($"Role {role.Name} is used by accounts and cannot be deleted");
        }
        role.Removed = ctx.Now;
        await ctx.Db.RolePermissions.Where(r => r.RoleId == role.Id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Event(EventTypes.RoleDelete, $"Successfully completed deleting role {role.Name}", "Role", role.Uuid, role.Name);
        return new ApiResult.Success();
    }
}
