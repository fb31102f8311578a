using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Roles;

/// <summary>Adds a rule at the end of a role's list.</summary>
[ApiCommand("createRolePermission")]
public sealed class CreateRolePermission : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var role = p.RequiredEntity<Role>("roleid");
        RoleChecks.EnsureRulesEditable(role);
        var rule = p.String("rule")!;
        if (!RoleRule.IsValid(rule))
        {
            throw CloudException.InvalidParameter($"Invalid rule {rule}: only an API name or a wildcard pattern of letters, digits and * is allowed");
        }
        var permission = RoleChecks.ParsePermission(p.String("permission")!);
        if (await ctx.Db.RolePermissions.AnyAsync(r => r.RoleId == role.Id && r.Rule == rule, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Role {role.Name} already has a rule {rule}");
        }
        var last = await ctx.Db.RolePermissions.Where(r => r.RoleId == role.Id).MaxAsync(r => (int?)r.SortOrder, ctx.Cancellation) ?? -1;
        var created = new RolePermission
        {
            RoleId = role.Id,
            Rule = rule,
            Permission = permission,
            Description = p.String("description"),
            SortOrder = last + 1,
        };
        ctx.Db.RolePermissions.Add(created);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.RolePermissionCreate, $"Successfully added rule {rule} ({permission}) to role {role.Name}", "Role", role.Uuid, role.Name);
        return ApiResult.Of(IdentityResponses.RolePermission(created, role));
    }
}
