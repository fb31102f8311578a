using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Projects;

/// <summary>Adds a rule at the end of a project role's ordered rules.</summary>
[ApiCommand("createProjectRolePermission")]
public sealed class CreateProjectRolePermission : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var project = await ProjectTargets.AdministeredAsync(ctx);
        var role = ProjectRoleChecks.InProject(p.RequiredEntity<ProjectRole>("projectroleid"), project);
        var rule = ProjectRoleChecks.Rule(p.String("rule")!);
        var permission = ProjectRoleChecks.Permission(p.String("permission")!);
        var last = await ctx.Db.ProjectRolePermissions.Where(r => r.ProjectRoleId == role.Id).MaxAsync(r => (int?)r.SortOrder, ctx.Cancellation) ?? -1;
        var created = new ProjectRolePermission
        {
            ProjectId = project.Id, ProjectRoleId = role.Id, Rule = rule, Permission = permission, Description = p.String("description"), SortOrder = last + 1,
        };
        ctx.Db.ProjectRolePermissions.Add(created);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ProjectRolePermissionCreate, $"Added rule {rule} to project role {role.Name}", "ProjectRolePermission", created.Uuid, rule);
        return ApiResult.Of(ProjectResponses.RolePermission(created, role, project));
    }
}
