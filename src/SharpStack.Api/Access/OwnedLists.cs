using SharpStack.Api.Binding;
using SharpStack.Core.Identity;
using SharpStack.Data;

namespace SharpStack.Api.Access;

/// <summary>The accounts whose records a list call of owned things (instances, volumes, networks, ...) covers.</summary>
public static class OwnedLists
{
    /// <summary>
    /// Whether the call covers every account: a root admin listing recursively from ROOT with no
    /// account filter. Lists then skip the account filter, which large tables pay for on every page.
    /// </summary>
    public static bool CoversEverything(Caller caller, BoundParameters p, bool byId)
    {
        if (!caller.IsRootAdmin || p.String("account") is not null)
        {
            return false;
        }
        if (byId)
        {
            return true;
        }
        var domain = p.Entity<Domain>("domainid");
        return (domain is null || domain.Id == Domain.RootId) && (p.Flag("listall") || p.Flag("isrecursive"));
    }

    /// <summary>From upstream's account/domainid/isrecursive/listall; an id filter alone looks across everything visible.</summary>
    public static IQueryable<long> AccountIds(CloudDbContext db, Caller caller, BoundParameters p, bool byId)
    {
        var accounts = db.VisibleAccounts(caller);
        if (!byId)
        {
            var scope = Visibility.ResolveListScope(caller, p.Entity<Domain>("domainid"), p.Flag("isrecursive"), p.Flag("listall"));
            accounts = scope.OwnAccountOnly
                ? accounts.Where(a => a.Id == caller.Account.Id)
                : scope.Recursive ? accounts.Where(a => a.Domain!.Path.StartsWith(scope.DomainPath)) : accounts.Where(a => a.Domain!.Path == scope.DomainPath);
        }
        if (p.String("account") is { } accountName)
        {
            accounts = accounts.Where(a => a.Name == accountName);
        }
        return accounts.Select(a => a.Id);
    }
}
