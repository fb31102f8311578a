using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Accounts;

internal static class AccountQueries
{
    public static async Task<ApiObject> ToResponseAsync(CloudDbContext db, Account account, CancellationToken ct) =>
        (await ToResponsesAsync(db, [account], ct))[0];

    /// <summary>Account objects with their users, loaded in one query for the whole page.</summary>
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<Account> accounts, CancellationToken ct)
    {
        var ids = accounts.Select(a => a.Id).ToList();
        var users = (await db.Users.AsNoTracking()
                .Where(u => ids.Contains(u.AccountId) && u.Removed == null)
                .OrderBy(u => u.Id)
                .ToListAsync(ct))
            .ToLookup(u => u.AccountId);
        // Domains and roles are few: two small queries are cheaper than joining them into every row.
        var domainIds = accounts.Where(a => a.Domain is null).Select(a => a.DomainId).Distinct().ToList();
        var roleIds = accounts.Where(a => a.Role is null).Select(a => a.RoleId).Distinct().ToList();
        var domains = domainIds.Count == 0 ? [] : await db.Domains.AsNoTracking().Where(d => domainIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var roles = roleIds.Count == 0 ? [] : await db.Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var counts = (await db.ResourceCounts.AsNoTracking()
                .Where(c => c.OwnerType == ResourceOwnerType.Account && ids.Contains(c.OwnerId))
                .ToListAsync(ct))
            .ToLookup(c => c.OwnerId);
        return accounts.Select(a =>
        {
            a.Domain ??= domains[a.DomainId];
            a.Role ??= roles[a.RoleId];
            var obj = IdentityResponses.Account(a, users[a.Id]);
            long Count(ResourceType type) => counts[a.Id].Where(c => c.Type == type).Sum(c => c.Count);
            obj.Add("vmtotal", Count(ResourceType.user_vm));
            obj.Add("cputotal", Count(ResourceType.cpu));
            obj.Add("memorytotal", Count(ResourceType.memory));
            obj.Add("volumetotal", Count(ResourceType.volume));
            obj.Add("primarystoragetotal", Count(ResourceType.primary_storage) >> 30);
            obj.Add("snapshottotal", Count(ResourceType.snapshot));
            obj.Add("templatetotal", Count(ResourceType.template));
            obj.Add("networktotal", Count(ResourceType.network));
            obj.Add("vpctotal", Count(ResourceType.vpc));
            obj.Add("secondarystoragetotal", Math.Round(Count(ResourceType.secondary_storage) / (double)(1L << 30), 2));
            return obj;
        }).ToList();
    }

    /// <summary>
    /// The account named by id, or by account name + domainid (the upstream alternatives);
    /// tracked, so the caller can change it.
    /// </summary>
    public static async Task<Account> FindTargetAsync(CloudDbContext db, Caller caller, BoundParameters p, string command, CancellationToken ct)
    {
        Account? account = null;
        if (p.Entity<Account>("id") is { } byId)
        {
            account = byId;
        }
        else if (p.String("account") is { } name)
        {
            var domain = p.Entity<Domain>("domainid") ?? caller.Domain;
            account = await db.VisibleAccounts(caller).FirstOrDefaultAsync(a => a.DomainId == domain.Id && a.Name == name, ct);
            if (account is null)
            {
                throw CloudException.InvalidParameter($"Unable to find account {name} in domain {domain.Uuid}");
            }
        }
        if (account is null)
        {
            throw CloudException.InvalidParameter($"Unable to execute API command {command.ToLowerInvariant()}: either id or account and domainid must be given");
        }
        return await db.Accounts.Include(a => a.Domain).Include(a => a.Role).FirstAsync(a => a.Id == account.Id, ct);
    }
}
