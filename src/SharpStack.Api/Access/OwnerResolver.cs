using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Binding;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Data;

namespace SharpStack.Api.Access;

/// <summary>
/// The account a call acts for: the caller's own, or with account + domainid another account an
/// admin may manage (upstream's "on behalf of" parameters).
/// </summary>
public static class OwnerResolver
{
    public static async Task<Account> ResolveAsync(CloudDbContext db, Caller caller, BoundParameters p, CancellationToken ct)
    {
        if (p.Has("projectid"))
        {
            throw CloudException.InvalidParameter("Projects are not supported yet");
        }
        var accountName = p.String("account");
        var domain = p.Entity<Domain>("domainid");
        if (accountName is null)
        {
            if (domain is not null && domain.Id != caller.Domain.Id)
            {
                throw CloudException.InvalidParameter("domainid needs account: give both to act for another account");
            }
            return caller.Account;
        }
        if (domain is null)
        {
            throw CloudException.InvalidParameter("account needs domainid: give both to act for another account");
        }
        var account = await db.VisibleAccounts(caller).AsNoTracking().FirstOrDefaultAsync(a => a.DomainId == domain.Id && a.Name == accountName, ct)
                      ?? throw CloudException.InvalidParameter($"Unable to find account {accountName} in domain {domain.Uuid}");
        if (account.Id != caller.Account.Id && caller.IsNormalUser)
        {
            throw CloudException.InvalidParameter($"Unable to find account {accountName} in domain {domain.Uuid}");
        }
        return account;
    }
}
