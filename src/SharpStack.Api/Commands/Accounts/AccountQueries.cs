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
        foreach (var account in accounts)
        {
            if (account.Domain is null || account.Role is null)
            {
                await db.Entry(account).Reference(a => a.Domain).LoadAsync(ct);
                await db.Entry(account).Reference(a => a.Role).LoadAsync(ct);
            }
        }
        return accounts.Select(a => IdentityResponses.Account(a, users[a.Id])).ToList();
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
