using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Projects;

[ApiCommand("createProjectRole")]
public sealed class CreateProjectRole : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var project = await ProjectTargets.AdministeredAsync(ctx);
        var name = ctx.Params.String("name")!;
        if (await ctx.Db.ProjectRoles.AnyAsync(r => r.ProjectId == project.Id && r.Name == name, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Project role {name} already exists in project {project.Name}");
        }
        var role = new ProjectRole { ProjectId = project.Id, Name = name, Description = ctx.Params.String("description") };
        ctx.Db.ProjectRoles.Add(role);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ProjectRoleCreate, $"Created project role {name} in project {project.Name}", "ProjectRole", role.Uuid, name);
        return ApiResult.Of(ProjectResponses.Role(role, project));
    }
}
