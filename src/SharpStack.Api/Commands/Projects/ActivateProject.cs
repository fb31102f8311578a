using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Api.Commands.Projects;

/// <summary>Makes a suspended project active again: its account is enabled and members may add resources.</summary>
[ApiCommand("activateProject")]
public sealed class ActivateProject(ResourceLimiter limiter) : IAsyncApiCommand
{
    public string EventType => EventTypes.ProjectActivate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var project = await ProjectTargets.AdministeredAsync(ctx, "id");
        EnsureInactive(project);
        return ProjectTargets.Job(project);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var project = await ProjectTargets.AdministeredAsync(ctx, "id");
        EnsureInactive(project);
        project.State = ProjectState.Active;
        await ctx.Db.Accounts.Where(a => a.Id == project.ProjectAccountId)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.State, AccountState.Enabled), ctx.Cancellation);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ProjectActivate, $"Successfully completed activating project {project.Name}", "Project", project.Uuid, project.Name);
        return ApiResult.Of(await ProjectResponses.ToResponseAsync(ctx.Db, limiter, project, ctx.Cancellation));
    }

    private static void EnsureInactive(Project project)
    {
        if (project.State == ProjectState.Active)
        {
            throw CloudException.InvalidParameter($"Project {project.Name} is already active");
        }
    }
}
