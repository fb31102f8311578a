using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Data;

namespace SharpStack.Api.Access;

/// <summary>
/// What a caller may see: the root admin everything, a domain admin its domain's subtree,
/// a user its own account (and its own domain) and the projects it belongs to. Every lookup and list goes through here,
/// so another tenant's record is indistinguishable from one that does not exist.
/// </summary>
public static class Visibility
{
    public static IQueryable<Domain> VisibleDomains(this CloudDbContext db, Caller caller)
    {
        var domains = db.Domains.Where(d => d.Removed == null);
        if (caller.IsRootAdmin)
        {
            return domains;
        }
        var path = caller.Domain.Path;
        if (caller.IsDomainAdmin)
        {
            return domains.Where(d => d.Path.StartsWith(path));
        }
        var id = caller.Domain.Id;
        return domains.Where(d => d.Id == id);
    }

    public static IQueryable<Account> VisibleAccounts(this CloudDbContext db, Caller caller)
    {
        var accounts = db.Accounts.Where(a => a.Removed == null && a.Id != Account.SystemId);
        if (caller.IsRootAdmin)
        {
            return accounts;
        }
        if (caller.IsDomainAdmin)
        {
            var path = caller.Domain.Path;
            return accounts.Where(a => a.Domain!.Path.StartsWith(path));
        }
        var id = caller.Account.Id;
        var projects = caller.ProjectAccountIds;
        return projects.Count == 0 ? accounts.Where(a => a.Id == id) : accounts.Where(a => a.Id == id || projects.Contains(a.Id));
    }

    public static IQueryable<User> VisibleUsers(this CloudDbContext db, Caller caller)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return db.Users.Where(u => u.Removed == null && accounts.Contains(u.AccountId));
    }

    /// <summary>Whether the caller may act on records owned by <paramref name="account"/> in <paramref name="domain"/>.</summary>
    public static bool CanReach(this Caller caller, Account account, Domain domain)
    {
        if (caller.IsRootAdmin)
        {
            return true;
        }
        if (caller.IsDomainAdmin)
        {
            return caller.Domain.Contains(domain);
        }
        return caller.OwnsOrShares(account.Id);
    }

    /// <summary>Whether the caller may see or act on <paramref name="domain"/>.</summary>
    public static bool CanReach(this Caller caller, Domain domain) =>
        caller.IsRootAdmin || (caller.IsDomainAdmin ? caller.Domain.Contains(domain) : domain.Id == caller.Domain.Id);

    /// <summary>
    /// The domains a list call covers, from upstream's domainid/isrecursive/listall rules:
    /// an explicit domain (recursive or not), else everything the caller can see when listall
    /// or isrecursive is set, else the caller's own scope.
    /// </summary>
    public static ListScope ResolveListScope(Caller caller, Domain? domainFilter, bool isRecursive, bool listAll)
    {
        if (domainFilter is not null)
        {
            if (!caller.CanReach(domainFilter))
            {
                throw CloudException.PermissionDenied("The caller does not have access to the requested domain");
            }
            return new ListScope(domainFilter.Path, isRecursive, OwnAccountOnly: caller.IsNormalUser);
        }
        if (caller.IsNormalUser)
        {
            return new ListScope(caller.Domain.Path, Recursive: false, OwnAccountOnly: true);
        }
        // Without listall or isrecursive an admin sees only its own domain's level, as upstream.
        return new ListScope(caller.Domain.Path, Recursive: listAll || isRecursive, OwnAccountOnly: false);
    }
}

/// <summary>The part of the domain tree a list covers.</summary>
public sealed record ListScope(string DomainPath, bool Recursive, bool OwnAccountOnly);
