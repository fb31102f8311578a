using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Api.Commands.Projects;

/// <summary>
/// Suspends a project as upstream does: its account is disabled and its running instances are
/// stopped; members keep seeing its resources but cannot add new ones until it is activated.
/// </summary>
[ApiCommand("suspendProject")]
public sealed class SuspendProject(VmOrchestrator orchestrator, ResourceLimiter limiter) : IOrchestratedCommand
{
    public string EventType => EventTypes.ProjectSuspend;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var project = await ProjectTargets.AdministeredAsync(ctx, "id");
        EnsureActive(project);
        return ProjectTargets.Job(project);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var project = await ProjectTargets.AdministeredAsync(ctx, "id");
        EnsureActive(project);
        await using (var tx = await UnitOfWork.BeginAsync(ctx.Db, ctx.Cancellation))
        {
            project.State = ProjectState.Suspended;
            await ctx.Db.Accounts.Where(a => a.Id == project.ProjectAccountId)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.State, AccountState.Disabled), ctx.Cancellation);
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
            await tx.CommitAsync(ctx.Cancellation);
        }
        var running = await ctx.Db.VirtualMachines.Where(v => v.AccountId == project.ProjectAccountId && v.Removed == null && v.State == VmState.Running)
            .OrderBy(v => v.Id).ToListAsync(ctx.Cancellation);
        foreach (var vm in running)
        {
            await orchestrator.StopAsync(ctx.Db, vm, ctx.Actor, forced: false, ctx.Cancellation);
        }
        ctx.Event(EventTypes.ProjectSuspend, $"Successfully completed suspending project {project.Name}", "Project", project.Uuid, project.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(await ProjectResponses.ToResponseAsync(ctx.Db, limiter, project, ctx.Cancellation));
    }

    private static void EnsureActive(Project project)
    {
        if (project.State != ProjectState.Active)
        {
            throw CloudException.InvalidParameter($"Project {project.Name} is {project.State}: only an active project can be suspended");
        }
    }
}
