using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Binding;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;
using SharpStack.Data;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Projects;

/// <summary>Joining a project directly or by invitation, and the checks membership changes share.</summary>
internal static class ProjectMembership
{
    public static ProjectMemberRole RoleType(BoundParameters p, ProjectMemberRole fallback = ProjectMemberRole.Regular)
    {
        return p.String("roletype") is { } text ? EnumParameters.Parse<ProjectMemberRole>(text, "roletype") : fallback;
    }

    /// <summary>A projectroleid must name a role of this project.</summary>
    public static ProjectRole? ProjectRole(BoundParameters p, Project project)
    {
        var role = p.Entity<ProjectRole>("projectroleid");
        if (role is not null && role.ProjectId != project.Id)
        {
            throw CloudException.InvalidParameter($"Project role {role.Name} does not belong to project {project.Name}");
        }
        return role;
    }

    public static async Task<Account> AccountInDomainAsync(CloudDbContext db, string name, long domainId, CancellationToken ct) =>
        await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.DomainId == domainId && a.Name == name && a.Removed == null && a.Type != AccountType.Project, ct)
        ?? throw CloudException.InvalidParameter($"Unable to find account {name} in the project's domain");

    public static Task<bool> IsAccountMemberAsync(CloudDbContext db, Project project, long accountId, CancellationToken ct) =>
        db.ProjectMembers.AnyAsync(m => m.ProjectId == project.Id && m.AccountId == accountId && m.UserId == null, ct);

    public static Task<bool> IsUserMemberAsync(CloudDbContext db, Project project, long userId, CancellationToken ct) =>
        db.ProjectMembers.AnyAsync(m => m.ProjectId == project.Id && m.UserId == userId, ct);

    public static void Add(CloudDbContext db, Project project, long accountId, long? userId, ProjectMemberRole role, long? projectRoleId, DateTime now) =>
        db.ProjectMembers.Add(new ProjectMember
        {
            ProjectId = project.Id, AccountId = accountId, UserId = userId, Role = role, ProjectRoleId = projectRoleId, Created = now,
        });

    /// <summary>
    /// Adds the account (or one user of it) to the project, or with project.invite.required invites
    /// it; an email alone can only be invited. Returns what happened, for the event.
    /// </summary>
    public static async Task<string> JoinOrInviteAsync(CommandContext ctx, SettingsService settings, Project project, long? accountId, long? userId, string? email, string who)
    {
        var role = RoleType(ctx.Params);
        var projectRole = ProjectRole(ctx.Params, project);
        if (await settings.GetBoolAsync(SettingNames.ProjectInviteRequired, ctx.Cancellation))
        {
            await EnsureNoPendingInvitationAsync(ctx.Db, project, accountId, userId, email, ctx.Cancellation);
            Invite(ctx.Db, project, accountId, userId, email, role, projectRole?.Id, ctx.Now);
            return $"Invited {who} to project {project.Name}";
        }
        if (accountId is not { } member)
        {
            throw CloudException.InvalidParameter("An email invitation needs project.invite.required=true: give the account to add instead");
        }
        Add(ctx.Db, project, member, userId, role, projectRole?.Id, ctx.Now);
        return $"Added {who} to project {project.Name}";
    }

    /// <summary>An email invitation carries a token the invitee presents to accept; the mail itself is the operator's SMTP relay's job.</summary>
    public static ProjectInvitation Invite(CloudDbContext db, Project project, long? accountId, long? userId, string? email, ProjectMemberRole role, long? projectRoleId, DateTime now)
    {
        var invitation = new ProjectInvitation
        {
            ProjectId = project.Id, AccountId = accountId, UserId = userId, DomainId = project.DomainId, Email = email,
            Token = email is null ? null : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            Role = role, ProjectRoleId = projectRoleId, Created = now,
        };
        db.ProjectInvitations.Add(invitation);
        return invitation;
    }

    public static async Task EnsureNoPendingInvitationAsync(CloudDbContext db, Project project, long? accountId, long? userId, string? email, CancellationToken ct)
    {
        var pending = db.ProjectInvitations.Where(i => i.ProjectId == project.Id && i.State == ProjectInvitationState.Pending);
        var exists = userId is not null ? await pending.AnyAsync(i => i.UserId == userId, ct)
            : accountId is not null ? await pending.AnyAsync(i => i.AccountId == accountId && i.UserId == null, ct)
            : await pending.AnyAsync(i => i.Email == email, ct);
        if (exists)
        {
            throw CloudException.InvalidParameter($"There is already a pending invitation to project {project.Name} for this invitee");
        }
    }

    /// <summary>Pending invitations older than project.invite.timeout seconds expire, as upstream marks them when they are looked at.</summary>
    public static async Task ExpireAsync(CloudDbContext db, SettingsService settings, DateTime now, CancellationToken ct)
    {
        var timeout = await settings.GetLongAsync(SettingNames.ProjectInviteTimeout, ct);
        if (timeout <= 0)
        {
            return;
        }
        var cutoff = now.AddSeconds(-timeout);
        await db.ProjectInvitations.Where(i => i.State == ProjectInvitationState.Pending && i.Created < cutoff)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.State, ProjectInvitationState.Expired), ct);
    }

    /// <summary>A project keeps at least one admin.</summary>
    public static async Task EnsureAnotherAdminAsync(CloudDbContext db, Project project, IReadOnlyCollection<long> leaving, CancellationToken ct)
    {
        var remaining = await db.ProjectMembers.CountAsync(m => m.ProjectId == project.Id && m.Role == ProjectMemberRole.Admin && !leaving.Contains(m.Id), ct);
        if (remaining == 0)
        {
            throw CloudException.InvalidParameter($"Project {project.Name} must keep at least one admin: make another member admin first");
        }
    }
}
