using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Projects;

/// <summary>
/// Adds one user (of an account in the project's domain) to a project, or invites it when
/// project.invite.required is true: by user, or with email by a token sent to that address.
/// </summary>
[ApiCommand("addUserToProject")]
public sealed class AddUserToProject(SettingsService settings) : IAsyncApiCommand
{
    public string EventType => EventTypes.ProjectUserAdd;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (project, _) = await CheckAsync(ctx);
        return ProjectTargets.Job(project);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (project, user) = await CheckAsync(ctx);
        var done = await ProjectMembership.JoinOrInviteAsync(ctx, settings, project, user.AccountId, user.Id, ctx.Params.String("email"), $"user {user.Username}");
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ProjectUserAdd, done, "Project", project.Uuid, project.Name);
        return new ApiResult.Success();
    }

    private static async Task<(Project Project, User User)> CheckAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var project = await ProjectTargets.AdministeredAsync(ctx);
        ProjectMembership.RoleType(p);
        ProjectMembership.ProjectRole(p, project);
        var username = p.String("username")!;
        var user = await ctx.Db.Users.AsNoTracking()
                       .FirstOrDefaultAsync(u => u.Username == username && u.Removed == null && ctx.Db.Accounts.Any(a => a.Id == u.AccountId && a.DomainId == project.DomainId && a.Removed == null), ctx.Cancellation)
                   ?? throw CloudException.InvalidParameter($"Unable to find user {username} in the project's domain");
        if (await ProjectMembership.IsUserMemberAsync(ctx.Db, project, user.Id, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"User {username} is already assigned to project {project.Name}");
        }
        return (project, user);
    }
}
