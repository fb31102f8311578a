using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Projects;

/// <summary>Removes an account (and its users' own memberships) from a project; the last admin stays.</summary>
[ApiCommand("deleteAccountFromProject")]
public sealed class DeleteAccountFromProject : IAsyncApiCommand
{
    public string EventType => EventTypes.ProjectAccountRemove;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (project, _) = await CheckAsync(ctx);
        return ProjectTargets.Job(project);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (project, members) = await CheckAsync(ctx);
        ctx.Db.ProjectMembers.RemoveRange(members);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ProjectAccountRemove, $"Removed account {ctx.Params.String("account")} from project {project.Name}", "Project", project.Uuid, project.Name);
        return new ApiResult.Success();
    }

    private static async Task<(Project Project, List<ProjectMember> Members)> CheckAsync(CommandContext ctx)
    {
        var project = await ProjectTargets.AdministeredAsync(ctx);
        var accountName = ctx.Params.String("account")!;
        var account = await ProjectMembership.AccountInDomainAsync(ctx.Db, accountName, project.DomainId, ctx.Cancellation);
        var members = await ctx.Db.ProjectMembers.Where(m => m.ProjectId == project.Id && m.AccountId == account.Id).ToListAsync(ctx.Cancellation);
        if (!members.Any(m => m.UserId == null))
        {
            throw CloudException.InvalidParameter($"Account {accountName} is not assigned to project {project.Name}");
        }
        await ProjectMembership.EnsureAnotherAdminAsync(ctx.Db, project, members.Select(m => m.Id).ToList(), ctx.Cancellation);
        return (project, members);
    }
}
