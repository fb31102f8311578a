using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Projects;

/// <summary>A project admin withdraws an invitation.</summary>
[ApiCommand("deleteProjectInvitation")]
public sealed class DeleteProjectInvitation : IAsyncApiCommand
{
    public string EventType => EventTypes.ProjectInvitationRemove;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (project, _) = await CheckAsync(ctx);
        return ProjectTargets.Job(project);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (project, invitation) = await CheckAsync(ctx);
        await ctx.Db.ProjectInvitations.Where(i => i.Id == invitation.Id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ProjectInvitationRemove, $"Removed an invitation to project {project.Name}", "Project", project.Uuid, project.Name);
        return new ApiResult.Success();
    }

    private static async Task<(Project Project, ProjectInvitation Invitation)> CheckAsync(CommandContext ctx)
    {
        var invitation = ctx.Params.RequiredEntity<ProjectInvitation>("id");
        var project = await ctx.Db.Projects.AsNoTracking().FirstAsync(p => p.Id == invitation.ProjectId, ctx.Cancellation);
        await ProjectAccess.EnsureAdminAsync(ctx.Db, ctx.Caller, project, ctx.Cancellation);
        return (project, invitation);
    }
}
