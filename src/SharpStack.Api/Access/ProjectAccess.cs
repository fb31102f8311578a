using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;
using SharpStack.Data;

namespace SharpStack.Api.Access;

/// <summary>
/// Upstream's project rules: admins over the project's domain and project admins manage it;
/// a regular member with a project role may call only the APIs its role's rules allow there.
/// </summary>
public sealed class ProjectAccess
{
    /// <summary>The caller's own membership: as its user first, else as its account.</summary>
    public static async Task<ProjectMember?> MembershipAsync(CloudDbContext db, Caller caller, Project project, CancellationToken ct)
    {
        var accountId = caller.Account.Id;
        var userId = caller.User.Id;
        var rows = await db.ProjectMembers.AsNoTracking()
            .Where(m => m.ProjectId == project.Id && m.AccountId == accountId && (m.UserId == null || m.UserId == userId))
            .ToListAsync(ct);
        return rows.FirstOrDefault(m => m.UserId == userId) ?? rows.FirstOrDefault();
    }

    public static async Task<bool> IsAdminAsync(CloudDbContext db, Caller caller, Project project, CancellationToken ct)
    {
        if (await IsDomainAdminOverAsync(db, caller, project, ct))
        {
            return true;
        }
        return (await MembershipAsync(db, caller, project, ct))?.Role == ProjectMemberRole.Admin;
    }

    public static async Task EnsureAdminAsync(CloudDbContext db, Caller caller, Project project, CancellationToken ct)
    {
        if (!await IsAdminAsync(db, caller, project, ct))
        {
            throw CloudException.PermissionDenied($"Account {caller.Account.Name} is not an admin of project {project.Name}");
        }
    }

    /// <summary>Whether the caller's project role lets it call <paramref name="apiName"/> in the project; throws 531 if not.</summary>
    public async Task CheckApiAsync(CloudDbContext db, Caller caller, Project project, string apiName, CancellationToken ct)
    {
        if (await IsDomainAdminOverAsync(db, caller, project, ct))
        {
            return;
        }
        var member = await MembershipAsync(db, caller, project, ct);
        if (member is null || member.Role == ProjectMemberRole.Admin || member.ProjectRoleId is not { } roleId)
        {
            return;
        }
        var rules = await db.ProjectRolePermissions.AsNoTracking()
            .Where(r => r.ProjectRoleId == roleId)
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Id)
            .ToListAsync(ct);
        var match = rules.FirstOrDefault(r => RoleRule.Matches(r.Rule, apiName));
        if (match?.Permission != RulePermission.Allow)
        {
            throw CloudException.PermissionDenied($"The API {apiName} is denied for the user's/account's project role");
        }
    }

    private static async Task<bool> IsDomainAdminOverAsync(CloudDbContext db, Caller caller, Project project, CancellationToken ct)
    {
        if (caller.IsRootAdmin)
        {
            return true;
        }
        if (!caller.IsDomainAdmin)
        {
            return false;
        }
        var domain = await db.Domains.AsNoTracking().FirstAsync(d => d.Id == project.DomainId, ct);
        return caller.Domain.Contains(domain);
    }
}
