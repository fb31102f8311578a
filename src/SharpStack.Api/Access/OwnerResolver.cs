using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Binding;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;
using SharpStack.Data;

namespace SharpStack.Api.Access;

/// <summary>
/// The account a call acts for: the caller's own, with account + domainid another account an
/// admin may manage (upstream's "on behalf of" parameters), or with projectid the project's account.
/// </summary>
public static class OwnerResolver
{
    public static async Task<Account> ResolveAsync(CloudDbContext db, Caller caller, BoundParameters p, CancellationToken ct)
    {
        if (p.Entity<Project>("projectid") is { } project)
        {
            return await ProjectOwnerAsync(db, p, project, ct);
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
        var account = await db.VisibleAccounts(caller).AsNoTracking().FirstOrDefaultAsync(a => a.DomainId == domain.Id && a.Name == accountName && a.Type != AccountType.Project, ct)
                      ?? throw CloudException.InvalidParameter($"Unable to find account {accountName} in domain {domain.Uuid}");
        if (account.Id != caller.Account.Id && caller.IsNormalUser)
        {
            throw CloudException.InvalidParameter($"Unable to find account {accountName} in domain {domain.Uuid}");
        }
        return account;
    }

    /// <summary>
    /// The project's hidden account, which owns what members create with projectid. The project
    /// lookup already checked the caller is a member (or an admin over it); it must be active.
    /// </summary>
    private static async Task<Account> ProjectOwnerAsync(CloudDbContext db, BoundParameters p, Project project, CancellationToken ct)
    {
        if (p.String("account") is not null)
        {
            throw CloudException.InvalidParameter("ProjectId and account/domainId can't be specified together");
        }
        if (project.State != ProjectState.Active)
        {
            throw CloudException.PermissionDenied($"Can't add resources to the project {project.Name} in state={project.State} as it's no longer active");
        }
        return await db.Accounts.AsNoTracking().Include(a => a.Domain).Include(a => a.Role).FirstAsync(a => a.Id == project.ProjectAccountId, ct);
    }
}
