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
/// The invitee accepts (the default) or declines its pending invitation: one addressed to its
/// account or user, or, with token, an email invitation, which the caller's account (or user) joins.
/// </summary>
[ApiCommand("updateProjectInvitation")]
public sealed class UpdateProjectInvitation(SettingsService settings) : IAsyncApiCommand
{
    public string EventType => EventTypes.ProjectInvitationUpdate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (project, _, _) = await FindAsync(ctx);
        return ProjectTargets.Job(project);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (project, invitation, invitee) = await FindAsync(ctx);
        var accept = ctx.Params.Bool("accept") ?? true;
        invitation.State = accept ? ProjectInvitationState.Completed : ProjectInvitationState.Declined;
        if (accept)
        {
            var userId = invitation.UserId ?? (invitation.Token is not null && ctx.Params.Entity<User>("userid") is { } user ? user.Id : null);
            var member = userId is { } u
                ? await ctx.Db.ProjectMembers.AnyAsync(m => m.ProjectId == project.Id && m.UserId == u, ctx.Cancellation)
                : await ctx.Db.ProjectMembers.AnyAsync(m => m.ProjectId == project.Id && m.AccountId == invitee.Id && m.UserId == null, ctx.Cancellation);
            if (!member)
            {
                ProjectMembership.Add(ctx.Db, project, invitee.Id, userId, invitation.Role, invitation.ProjectRoleId, ctx.Now);
            }
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ProjectInvitationUpdate, $"Account {invitee.Name} {(accept ? "accepted" : "declined")} the invitation to project {project.Name}", "Project", project.Uuid, project.Name);
        return new ApiResult.Success();
    }

    private async Task<(Project Project, ProjectInvitation Invitation, Account Invitee)> FindAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var project = p.RequiredEntity<Project>("projectid");
        await ProjectMembership.ExpireAsync(ctx.Db, settings, ctx.Now, ctx.Cancellation);
        var invitee = ctx.Caller.Account;
        if (p.String("account") is { } accountName && accountName != invitee.Name)
        {
            if (ctx.Caller.IsNormalUser)
            {
                throw CloudException.PermissionDenied("A user can only answer its own account's invitations");
            }
            invitee = await ProjectMembership.AccountInDomainAsync(ctx.Db, accountName, project.DomainId, ctx.Cancellation);
        }
        var user = p.Entity<User>("userid");
        var invitations = ctx.Db.ProjectInvitations.Where(i => i.ProjectId == project.Id);
        ProjectInvitation? invitation;
        if (p.String("token") is { } token)
        {
            invitation = await invitations.FirstOrDefaultAsync(i => i.Token == token, ctx.Cancellation);
        }
        else if (user is not null)
        {
            invitation = await invitations.Where(i => i.UserId == user.Id).OrderByDescending(i => i.Id).FirstOrDefaultAsync(ctx.Cancellation);
        }
        else
        {
            var userId = ctx.Caller.User.Id;
            invitation = await invitations.Where(i => i.AccountId == invitee.Id && (i.UserId == null || i.UserId == userId) && i.Token == null)
                .OrderByDescending(i => i.State == ProjectInvitationState.Pending).ThenByDescending(i => i.Id).FirstOrDefaultAsync(ctx.Cancellation);
        }
        if (invitation is null)
        {
            throw CloudException.InvalidParameter($"No invitation to project {project.Name} was found for account {invitee.Name}");
        }
        if (invitation.Token is null && invitation.AccountId is { } invited && invited != invitee.Id)
        {
            throw CloudException.InvalidParameter($"No invitation to project {project.Name} was found for account {invitee.Name}");
        }
        if (invitation.State == ProjectInvitationState.Expired)
        {
            throw CloudException.InvalidParameter($"The invitation to project {project.Name} has expired");
        }
        if (invitation.State != ProjectInvitationState.Pending)
        {
            throw CloudException.InvalidParameter($"The invitation to project {project.Name} is already {invitation.State.ToString().ToLowerInvariant()}");
        }
        return (project, invitation, invitee);
    }
}
