using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;

namespace SharpStack.Api.Commands.Projects;

/// <summary>
/// Deletes a project. Its resources go as a deleted account's do (instances expunged, disks,
/// snapshots, templates and networks removed, counts given back); without cleanup=true a project
/// that still holds resources is refused, as upstream.
/// </summary>
[ApiCommand("deleteProject")]
public sealed class DeleteProject(AccountResources resources) : IOrchestratedCommand
{
    public string EventType => EventTypes.ProjectDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var project = await ProjectTargets.AdministeredAsync(ctx, "id");
        await EnsureCleanOrCleanupAsync(ctx, project);
        return ProjectTargets.Job(project);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var project = await ProjectTargets.AdministeredAsync(ctx, "id");
        await EnsureCleanOrCleanupAsync(ctx, project);
        var account = await ctx.Db.Accounts.FirstAsync(a => a.Id == project.ProjectAccountId, ctx.Cancellation);
        await resources.ReleaseAsync(ctx.Db, account, ctx.Actor, ctx.Cancellation);
        await using var tx = await UnitOfWork.BeginAsync(ctx.Db, ctx.Cancellation);
        await IdentityService.RemoveAccountAsync(ctx.Db, account, ctx.Now, ctx.Cancellation);
        await ctx.Db.ProjectMembers.Where(m => m.ProjectId == project.Id).ExecuteDeleteAsync(ctx.Cancellation);
        await ctx.Db.ProjectInvitations.Where(i => i.ProjectId == project.Id).ExecuteDeleteAsync(ctx.Cancellation);
        project.Removed = ctx.Now;
        project.State = ProjectState.Disabled;
        ctx.Event(EventTypes.ProjectDelete, $"Successfully completed deleting project {project.Name}", "Project", project.Uuid, project.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await tx.CommitAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static async Task EnsureCleanOrCleanupAsync(CommandContext ctx, Project project)
    {
        if (ctx.Params.Flag("cleanup"))
        {
            return;
        }
        var id = project.ProjectAccountId;
        var db = ctx.Db;
        var held = new (string What, int Count)[]
        {
            ("instances", await db.VirtualMachines.CountAsync(v => v.AccountId == id && v.Removed == null, ctx.Cancellation)),
            ("networks", await db.Networks.CountAsync(n => n.AccountId == id && n.Removed == null, ctx.Cancellation)),
            ("volumes", await db.Volumes.CountAsync(v => v.AccountId == id && v.Removed == null, ctx.Cancellation)),
            ("templates", await db.VmTemplates.CountAsync(t => t.AccountId == id && t.Removed == null, ctx.Cancellation)),
            ("instance snapshots", await db.VmSnapshots.CountAsync(s => s.AccountId == id && s.Removed == null, ctx.Cancellation)),
        };
        if (held.FirstOrDefault(h => h.Count > 0) is { Count: > 0 } first)
        {
            throw CloudException.InUse($"Can not delete project {project.Name}: {first.Count} {first.What} to clean up (give cleanup=true to remove them)");
        }
    }
}
