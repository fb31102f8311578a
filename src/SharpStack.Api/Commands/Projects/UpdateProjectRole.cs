using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Projects;

[ApiCommand("updateProjectRole")]
public sealed class UpdateProjectRole : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var project = await ProjectTargets.AdministeredAsync(ctx);
        var named = ProjectRoleChecks.InProject(ctx.Params.RequiredEntity<ProjectRole>("id"), project);
        var role = await ctx.Db.ProjectRoles.FirstAsync(r => r.Id == named.Id, ctx.Cancellation);
        if (ctx.Params.String("name") is { } name && name != role.Name)
        {
            if (await ctx.Db.ProjectRoles.AnyAsync(r => r.ProjectId == project.Id && r.Name == name, ctx.Cancellation))
            {
                throw CloudException.InvalidParameter($"Project role {name} already exists in project {project.Name}");
            }
            role.Name = name;
        }
        if (ctx.Params.String("description") is { } description)
        {
            role.Description = description;
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ProjectRoleUpdate, $"Updated project role {role.Name} in project {project.Name}", "ProjectRole", role.Uuid, role.Name);
        return ApiResult.Of(ProjectResponses.Role(role, project));
    }
}
