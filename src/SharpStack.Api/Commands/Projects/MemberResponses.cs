using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Projects;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Projects;

internal static class MemberResponses
{
    public static async Task<List<ApiObject>> MembersAsync(CloudDbContext db, Project project, IReadOnlyList<ProjectMember> members, CancellationToken ct)
    {
        var accountIds = members.Select(m => m.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var userIds = members.Where(m => m.UserId != null).Select(m => m.UserId!.Value).ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var roleIds = members.Where(m => m.ProjectRoleId != null).Select(m => m.ProjectRoleId!.Value).ToList();
        var roles = await db.ProjectRoles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        return members.Select(m =>
        {
            var account = accounts[m.AccountId];
            var user = m.UserId is { } userId ? users.GetValueOrDefault(userId) : null;
            return new ApiObject
            {
                { "projectid", project.Uuid },
                { "project", project.Name },
                { "accountid", account.Uuid },
                { "account", account.Name },
                { "accounttype", (int)account.Type },
                { "userid", user?.Uuid },
                { "username", user?.Username },
                { "user", user?.Username },
                { "role", m.Role.ToString() },
                { "projectroleid", m.ProjectRoleId is { } r ? roles.GetValueOrDefault(r)?.Uuid : null },
                { "domainid", account.Domain?.Uuid },
                { "domain", account.Domain?.Name },
                { "domainpath", account.Domain?.Path },
            };
        }).ToList();
    }

    public static async Task<List<ApiObject>> InvitationsAsync(CloudDbContext db, IReadOnlyList<ProjectInvitation> invitations, CancellationToken ct)
    {
        var projectIds = invitations.Select(i => i.ProjectId).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var accountIds = invitations.Where(i => i.AccountId != null).Select(i => i.AccountId!.Value).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var userIds = invitations.Where(i => i.UserId != null).Select(i => i.UserId!.Value).ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var domainIds = invitations.Select(i => i.DomainId).Distinct().ToList();
        var domains = await db.Domains.AsNoTracking().Where(d => domainIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        return invitations.Select(i =>
        {
            var project = projects[i.ProjectId];
            var domain = domains.GetValueOrDefault(i.DomainId);
            return new ApiObject
            {
                { "id", i.Uuid },
                { "projectid", project.Uuid },
                { "project", project.Name },
                { "domainid", domain?.Uuid },
                { "domain", domain?.Name },
                { "domainpath", domain?.Path },
                { "account", i.AccountId is { } a ? accounts.GetValueOrDefault(a)?.Name : null },
                { "userid", i.UserId is { } u ? users.GetValueOrDefault(u)?.Uuid : null },
                { "email", i.Email },
                { "state", i.State.ToString() },
            };
        }).ToList();
    }
}
