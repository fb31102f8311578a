using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Roles;

[ApiCommand("deleteRolePermission")]
public sealed class DeleteRolePermission : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<RolePermission>("id");
        var role = await ctx.Db.Roles.FirstAsync(r => r.Id == found.RoleId, ctx.Cancellation);
        RoleChecks.EnsureRulesEditable(role);
        await ctx.Db.RolePermissions.Where(r => r.Id == found.Id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Event(EventTypes.RolePermissionDelete, $"Successfully deleted rule {found.Rule} of role {role.Name}", "Role", role.Uuid, role.Name);
        return new ApiResult.Success();
    }
}
