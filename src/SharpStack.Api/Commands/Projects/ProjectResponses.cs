using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;
using SharpStack.Data;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Api.Commands.Projects;

internal static class ProjectResponses
{
    /// <summary>The limit fields of upstream's project response: name prefix and the resource it counts.</summary>
    private static readonly (string Prefix, ResourceType Type)[] LimitFields =
    [
        ("vm", ResourceType.user_vm), ("ip", ResourceType.public_ip), ("volume", ResourceType.volume), ("snapshot", ResourceType.snapshot),
        ("template", ResourceType.template), ("network", ResourceType.network), ("cpu", ResourceType.cpu), ("memory", ResourceType.memory),
        ("primarystorage", ResourceType.primary_storage), ("secondarystorage", ResourceType.secondary_storage),
    ];

    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, ResourceLimiter limiter, IReadOnlyList<Project> projects, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToList();
        var accountIds = projects.Select(p => p.ProjectAccountId).ToList();
        var domainIds = projects.Select(p => p.DomainId).Distinct().ToList();
        var domains = await db.Domains.AsNoTracking().Where(d => domainIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var admins = await db.ProjectMembers.AsNoTracking().Where(m => ids.Contains(m.ProjectId) && m.Role == ProjectMemberRole.Admin)
            .Join(db.Accounts, m => m.AccountId, a => a.Id, (m, a) => new { m.ProjectId, m.UserId, Account = a })
            .ToListAsync(ct);
        var userIds = admins.Where(a => a.UserId != null).Select(a => a.UserId!.Value).ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var counts = await db.ResourceCounts.AsNoTracking().Where(c => c.OwnerType == ResourceOwnerType.Account && accountIds.Contains(c.OwnerId))
            .ToListAsync(ct);
        var vmStates = await db.VirtualMachines.AsNoTracking().Where(v => accountIds.Contains(v.AccountId) && v.Removed == null)
            .GroupBy(v => new { v.AccountId, v.State }).Select(g => new { g.Key.AccountId, g.Key.State, Count = g.Count() }).ToListAsync(ct);
        var answer = new List<ApiObject>();
        foreach (var project in projects)
        {
            var domain = domains[project.DomainId];
            var account = accounts[project.ProjectAccountId];
            var owners = admins.Where(a => a.ProjectId == project.Id).Select(a =>
            {
                var owner = new ApiObject { { "account", a.Account.Name }, { "accountid", a.Account.Uuid } };
                if (a.UserId is { } userId && users.GetValueOrDefault(userId) is { } user)
                {
                    owner.Add("userid", user.Uuid);
                    owner.Add("user", user.Username);
                }
                return owner;
            }).ToList();
            var obj = new ApiObject
            {
                { "id", project.Uuid },
                { "name", project.Name },
                { "displaytext", project.DisplayText },
                { "domainid", domain.Uuid },
                { "domain", domain.Name },
                { "owner", owners },
                { "projectaccountname", account.Name },
                { "state", project.State.ToString() },
                { "created", project.Created },
                { "tags", new List<ApiObject>() },
            };
            foreach (var (prefix, type) in LimitFields)
            {
                var total = counts.FirstOrDefault(c => c.OwnerId == account.Id && c.Type == type)?.Count ?? 0;
                var limit = await limiter.AccountLimitAsync(db, account, type, ct);
                var scale = ResourceLimiter.CountsBytes(type) ? 1L << 30 : 1;
                obj.Add($"{prefix}total", total / scale);
                obj.Add($"{prefix}limit", limit < 0 ? "Unlimited" : (limit / scale).ToString(System.Globalization.CultureInfo.InvariantCulture));
                obj.Add($"{prefix}available", limit < 0 ? "Unlimited" : Math.Max(0, (limit - total) / scale).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            obj.Add("vmrunning", vmStates.Where(v => v.AccountId == account.Id && v.State == Core.Compute.VmState.Running).Sum(v => v.Count));
            obj.Add("vmstopped", vmStates.Where(v => v.AccountId == account.Id && v.State == Core.Compute.VmState.Stopped).Sum(v => v.Count));
            answer.Add(obj);
        }
        return answer;
    }

    public static async Task<ApiObject> ToResponseAsync(CloudDbContext db, ResourceLimiter limiter, Project project, CancellationToken ct) =>
        (await ToResponsesAsync(db, limiter, [project], ct))[0];

    public static ApiObject Role(ProjectRole role, Project project) => new()
    {
        { "id", role.Uuid },
        { "name", role.Name },
        { "description", role.Description },
        { "projectid", project.Uuid },
        { "ispublic", true },
    };

    public static ApiObject RolePermission(ProjectRolePermission permission, ProjectRole role, Project project) => new()
    {
        { "id", permission.Uuid },
        { "projectroleid", role.Uuid },
        { "projectrolename", role.Name },
        { "projectid", project.Uuid },
        { "rule", permission.Rule },
        { "permission", permission.Permission.ToString().ToLowerInvariant() },
        { "description", permission.Description },
    };
}
