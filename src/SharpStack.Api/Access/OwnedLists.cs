using SharpStack.Api.Binding;
using SharpStack.Core.Identity;
using SharpStack.Data;

namespace SharpStack.Api.Access;

/// <summary>The accounts whose records a list call of owned things (instances, volumes, networks, ...) covers.</summary>
public static class OwnedLists
{
    /// <summary>
    /// Whether the call covers every account: a root admin naming a record by id with no account or
    /// project filter. Lists then skip the account filter, which large tables pay for on every page.
    /// </summary>
    public static bool CoversEverything(Caller caller, BoundParameters p, bool byId)
    {
        if (!caller.IsRootAdmin || p.String("account") is not null || ProjectScope.Given(p))
        {
            return false;
        }
        // Project records are listed only when asked for with projectid, so a root admin's listall still filters.
        return byId;
    }

    /// <summary>From upstream's account/domainid/isrecursive/listall; an id filter alone looks across everything visible.</summary>
    public static IQueryable<long> AccountIds(CloudDbContext db, Caller caller, BoundParameters p, bool byId)
    {
        var accounts = db.VisibleAccounts(caller);
        if (ProjectScope.Given(p))
        {
            return ProjectScope.Apply(db, accounts, p, byId).Select(a => a.Id);
        }
        accounts = ProjectScope.Apply(db, accounts, p, byId);
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

    /// <summary>Whether a list names whose records it wants (account, domainid or projectid) and so is narrowed by <see cref="AccountIds"/>.</summary>
    public static bool NamesOwner(BoundParameters p) => p.Has("account") || p.Has("domainid") || ProjectScope.Given(p);

    /// <summary>
    /// For lists whose base query already keeps to what the caller may see: the owners named by
    /// account/domainid/projectid (Keep), or else the projects' accounts, which a list without
    /// projectid leaves out as upstream (Keep false).
    /// </summary>
    public static (IQueryable<long> Ids, bool Keep) Owners(CloudDbContext db, Caller caller, BoundParameters p) =>
        NamesOwner(p)
            ? (AccountIds(db, caller, p, false), true)
            : (ProjectAccountIds(db), false);

    /// <summary>Every project's account.</summary>
    public static IQueryable<long> ProjectAccountIds(CloudDbContext db) => db.Accounts.Where(a => a.Type == AccountType.Project).Select(a => a.Id);
}
