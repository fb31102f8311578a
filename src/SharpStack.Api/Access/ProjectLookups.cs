using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Projects;
using SharpStack.Data;

namespace SharpStack.Api.Access;

/// <summary>A project is visible to admins over its domain and to its members.</summary>
internal sealed class ProjectLookup : IEntityLookup
{
    public string Entity => "Project";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleProjects(caller).FirstOrDefaultAsync(p => p.Uuid == uuid, ct);
}

/// <summary>
/// updateProjectInvitation names a project its caller is not a member of yet: an invitee finds
/// it when an invitation is pending for its account or user, or one with a token (which the
/// command then checks).
/// </summary>
internal sealed class InvitedProjectLookup : IEntityLookup
{
    public const string Name = "InvitedProject";

    public string Entity => Name;

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        if (await db.VisibleProjects(caller).FirstOrDefaultAsync(p => p.Uuid == uuid, ct) is { } visible)
        {
            return visible;
        }
        var accountId = caller.Account.Id;
        var userId = caller.User.Id;
        var invited = db.ProjectInvitations.Where(i => i.State == ProjectInvitationState.Pending &&
                                                       (i.AccountId == accountId || i.UserId == userId || i.Token != null)).Select(i => i.ProjectId);
        return await db.Projects.FirstOrDefaultAsync(p => p.Uuid == uuid && p.Removed == null && invited.Contains(p.Id), ct);
    }
}

internal sealed class ProjectRoleLookup : IEntityLookup
{
    public string Entity => "ProjectRole";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var projects = db.VisibleProjects(caller).Select(p => p.Id);
        return await db.ProjectRoles.FirstOrDefaultAsync(r => r.Uuid == uuid && projects.Contains(r.ProjectId), ct);
    }
}

internal sealed class ProjectRolePermissionLookup : IEntityLookup
{
    public string Entity => "ProjectRolePermission";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var projects = db.VisibleProjects(caller).Select(p => p.Id);
        return await db.ProjectRolePermissions.FirstOrDefaultAsync(r => r.Uuid == uuid && projects.Contains(r.ProjectId), ct);
    }
}

/// <summary>An invitation is visible to its project's admins and members and to its invitee.</summary>
internal sealed class ProjectInvitationLookup : IEntityLookup
{
    public string Entity => "ProjectInvitation";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleInvitations(caller).FirstOrDefaultAsync(i => i.Uuid == uuid, ct);
}

public static class ProjectVisibility
{
    /// <summary>Root admins see every project, domain admins those in their subtree, others the ones they belong to.</summary>
    public static IQueryable<Project> VisibleProjects(this CloudDbContext db, Caller caller)
    {
        var projects = db.Projects.Where(p => p.Removed == null);
        if (caller.IsRootAdmin)
        {
            return projects;
        }
        if (caller.IsDomainAdmin)
        {
            var path = caller.Domain.Path;
            var domains = db.Domains.Where(d => d.Path.StartsWith(path)).Select(d => d.Id);
            return projects.Where(p => domains.Contains(p.DomainId) || caller.ProjectAccountIds.Contains(p.ProjectAccountId));
        }
        var mine = caller.ProjectAccountIds;
        return projects.Where(p => mine.Contains(p.ProjectAccountId));
    }

    public static IQueryable<ProjectInvitation> VisibleInvitations(this CloudDbContext db, Caller caller)
    {
        var projects = db.VisibleProjects(caller).Select(p => p.Id);
        var accountId = caller.Account.Id;
        var userId = caller.User.Id;
        return db.ProjectInvitations.Where(i => projects.Contains(i.ProjectId) || i.AccountId == accountId || i.UserId == userId);
    }
}
