using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Projects;

/// <summary>Deletes a project role with its rules; a role still held by members stays.</summary>
[ApiCommand("deleteProjectRole")]
public sealed class DeleteProjectRole : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var project = await ProjectTargets.AdministeredAsync(ctx);
        var role = ProjectRoleChecks.InProject(ctx.Params.RequiredEntity<ProjectRole>("id"), project);
        var holders = await ctx.Db.ProjectMembers.CountAsync(m => m.ProjectRoleId == role.Id, ctx.Cancellation);
        if (holders > 0)
        {
            throw CloudException.InUse($"Project role {role.Name} cannot be deleted: {holders} member(s) of project {project.Name} hold it");
        }
        await ctx.Db.ProjectRolePermissions.Where(r => r.ProjectRoleId == role.Id).ExecuteDeleteAsync(ctx.Cancellation);
        await ctx.Db.ProjectInvitations.Where(i => i.ProjectRoleId == role.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.ProjectRoleId, (long?)null), ctx.Cancellation);
        await ctx.Db.ProjectRoles.Where(r => r.Id == role.Id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ProjectRoleDelete, $"Deleted project role {role.Name} of project {project.Name}", "ProjectRole", role.Uuid, role.Name);
        return new ApiResult.Success();
    }
}
