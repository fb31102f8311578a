using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Projects;

[ApiCommand("deleteProjectRolePermission")]
public sealed class DeleteProjectRolePermission : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var project = await ProjectTargets.AdministeredAsync(ctx);
        var permission = ProjectRoleChecks.InProject(ctx.Params.RequiredEntity<ProjectRolePermission>("id"), project);
        await ctx.Db.ProjectRolePermissions.Where(r => r.Id == permission.Id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ProjectRolePermissionDelete, $"Deleted rule {permission.Rule} of project {project.Name}", "ProjectRolePermission", permission.Uuid, permission.Rule);
        return new ApiResult.Success();
    }
}
