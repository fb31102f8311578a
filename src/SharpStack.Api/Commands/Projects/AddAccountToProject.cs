using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Projects;

/// <summary>
/// Adds an account to a project, or with project.invite.required invites it (by account, or by
/// email with a token); only a project admin may.
/// </summary>
[ApiCommand("addAccountToProject")]
public sealed class AddAccountToProject(SettingsService settings) : IAsyncApiCommand
{
    public string EventType => EventTypes.ProjectAccountAdd;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (project, _) = await CheckAsync(ctx);
        return ProjectTargets.Job(project);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (project, account) = await CheckAsync(ctx);
        var email = ctx.Params.String("email");
        var done = await ProjectMembership.JoinOrInviteAsync(ctx, settings, project, account?.Id, null, email, account is null ? email! : $"account {account.Name}");
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ProjectAccountAdd, done, "Project", project.Uuid, project.Name);
        return new ApiResult.Success();
    }

    private static async Task<(Project Project, Account? Account)> CheckAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var project = await ProjectTargets.AdministeredAsync(ctx);
        ProjectMembership.RoleType(p);
        ProjectMembership.ProjectRole(p, project);
        var accountName = p.String("account");
        if (accountName is null && p.String("email") is null)
        {
            throw CloudException.InvalidParameter("Either account or email is required");
        }
        if (accountName is null)
        {
            return (project, null);
        }
        var account = await ProjectMembership.AccountInDomainAsync(ctx.Db, accountName, project.DomainId, ctx.Cancellation);
        if (await ProjectMembership.IsAccountMemberAsync(ctx.Db, project, account.Id, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Account {accountName} is already assigned to project {project.Name}");
        }
        return (project, account);
    }
}
