using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;

namespace SharpStack.Api.Commands.Roles;

/// <summary>A role's rules in the order they are evaluated (all roles' rules without roleid).</summary>
[ApiCommand("listRolePermissions")]
public sealed class ListRolePermissions : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var roles = await ctx.Db.VisibleRoles(ctx.Caller).AsNoTracking().ToDictionaryAsync(r => r.Id, ctx.Cancellation);
        var query = ctx.Db.RolePermissions.AsNoTracking().Where(r => roles.Keys.Contains(r.RoleId));
        if (ctx.Params.Entity<Role>("roleid") is { } role)
        {
            query = query.Where(r => r.RoleId == role.Id);
        }
        var rules = await query.OrderBy(r => r.RoleId).ThenBy(r => r.SortOrder).ThenBy(r => r.Id).ToListAsync(ctx.Cancellation);
        return ApiResult.List(rules.Select(r => IdentityResponses.RolePermission(r, roles[r.RoleId])).ToList(), rules.Count);
    }
}
