using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Affinity;

internal static class AffinityResponses
{
    public static async Task<List<ApiObject>> GroupsAsync(CloudDbContext db, IReadOnlyList<AffinityGroup> groups, CancellationToken ct, bool withMembers = true)
    {
        var accountIds = groups.Select(g => g.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var groupIds = groups.Select(g => g.Id).ToList();
        var members = withMembers
            ? (await db.AffinityGroupMembers.AsNoTracking().Where(m => groupIds.Contains(m.GroupId))
                .Join(db.VirtualMachines.AsNoTracking().Where(v => v.Removed == null), m => m.VmId, v => v.Id, (m, v) => new { m.GroupId, v.Uuid })
                .ToListAsync(ct)).ToLookup(m => m.GroupId, m => m.Uuid)
            : null;
        return groups.Select(g =>
        {
            var account = accounts.GetValueOrDefault(g.AccountId);
            var o = new ApiObject
            {
                { "id", g.Uuid },
                { "name", g.Name },
                { "description", g.Description },
                { "account", account?.Name },
                { "domainid", account?.Domain?.Uuid },
                { "domain", account?.Domain?.Name },
                { "domainpath", account?.Domain?.Path },
                { "type", g.Type },
            };
            if (members is not null)
            {
                o.Add("virtualmachineIds", members[g.Id].Select(u => u.ToString()).ToList());
            }
            return o;
        }).ToList();
    }
}
