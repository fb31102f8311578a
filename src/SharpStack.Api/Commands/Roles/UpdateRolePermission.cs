using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Roles;

/// <summary>Either reorders all of a role's rules (ruleorder) or changes one rule's permission (ruleid + permission).</summary>
[ApiCommand("updateRolePermission")]
public sealed class UpdateRolePermission : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var role = p.RequiredEntity<Role>("roleid");
        RoleChecks.EnsureRulesEditable(role);
        var order = p.EntityList<RolePermission>("ruleorder");
        var single = p.Entity<RolePermission>("ruleid");
        var permissionText = p.String("permission");
        if ((order.Count > 0) == (single is not null || permissionText is not null))
        {
            throw CloudException.InvalidParameter("Give either ruleorder, or ruleid with permission");
        }
        var rules = await ctx.Db.RolePermissions.Where(r => r.RoleId == role.Id).ToListAsync(ctx.Cancellation);
        if (order.Count > 0)
        {
            var ordered = order.Select(o => o.Id).ToList();
            if (ordered.Count != rules.Count || ordered.Distinct().Count() != rules.Count || rules.Any(r => !ordered.Contains(r.Id)))
            {
                throw CloudException.InvalidParameter($"ruleorder must list every rule of role {role.Name} exactly once");
            }
            foreach (var rule in rules)
            {
                rule.SortOrder = ordered.IndexOf(rule.Id);
            }
        }
        else
        {
            if (single is null || permissionText is null)
            {
                throw CloudException.InvalidParameter("Both ruleid and permission must be given to change a rule's permission");
            }
            var rule = rules.FirstOrDefault(r => r.Id == single.Id)
                       ?? throw CloudException.InvalidParameter($"Rule {single.Uuid} does not belong to role {role.Name}");
            rule.Permission = RoleChecks.ParsePermission(permissionText);
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.RolePermissionUpdate, $"Successfully updated the rules of role {role.Name}", "Role", role.Uuid, role.Name);
        return new ApiResult.Success();
    }
}
