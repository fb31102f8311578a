using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Projects;

/// <summary>Reorders a project role's rules (ruleorder: every rule, in the new order) or changes one rule's permission.</summary>
[ApiCommand("updateProjectRolePermission")]
public sealed class UpdateProjectRolePermission : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var project = await ProjectTargets.AdministeredAsync(ctx);
        var role = ProjectRoleChecks.InProject(p.RequiredEntity<ProjectRole>("projectroleid"), project);
        var order = p.EntityList<ProjectRolePermission>("ruleorder");
        var single = p.Entity<ProjectRolePermission>("projectrolepermissionid");
        if (order.Count == 0 && single is null)
        {
            throw CloudException.InvalidParameter("Give ruleorder to reorder the rules, or projectrolepermissionid with permission to change one");
        }
        var rules = await ctx.Db.ProjectRolePermissions.Where(r => r.ProjectRoleId == role.Id).ToListAsync(ctx.Cancellation);
        if (order.Count > 0)
        {
            if (order.Count != rules.Count || order.Select(o => o.Id).Distinct().Count() != rules.Count || order.Any(o => rules.All(r => r.Id != o.Id)))
            {
                throw CloudException.InvalidParameter("ruleorder must list every rule of the project role exactly once");
            }
            for (var i = 0; i < order.Count; i++)
            {
                rules.First(r => r.Id == order[i].Id).SortOrder = i;
            }
        }
        if (single is not null)
        {
            var rule = rules.FirstOrDefault(r => r.Id == ProjectRoleChecks.InProject(single, project).Id)
                       ?? throw CloudException.InvalidParameter($"The rule does not belong to project role {role.Name}");
            rule.Permission = ProjectRoleChecks.Permission(p.String("permission") ?? throw CloudException.InvalidParameter("permission is required with projectrolepermissionid"));
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ProjectRolePermissionUpdate, $"Updated the rules of project role {role.Name}", "ProjectRole", role.Uuid, role.Name);
        return new ApiResult.Success();
    }
}
