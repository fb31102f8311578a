using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>The owner fields (account, domainid, domain, domainpath) of VPC and site-to-site VPN responses.</summary>
internal static class OwnerResponses
{
    public static async Task<Dictionary<long, Account>> AccountsAsync(CloudDbContext db, IEnumerable<long> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => list.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
    }

    public static void AddOwner(ApiObject obj, Account? account)
    {
        obj.Add("account", account?.Name);
        obj.Add("domainid", account?.Domain?.Uuid);
        obj.Add("domain", account?.Domain?.Name);
        obj.Add("domainpath", account?.Domain?.Path);
    }
}
