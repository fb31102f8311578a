using SharpStack.Api.Binding;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;
using SharpStack.Data;

namespace SharpStack.Api.Access;

/// <summary>
/// What a projectid parameter means on a list: one project (already checked visible by its lookup),
/// every project the caller may see (projectid=-1), or none (the caller's own non-project records).
/// </summary>
public static class ProjectScope
{
    public const string AllProjects = "-1";

    public static Project? Project(BoundParameters p) => p.Entity<Project>("projectid");

    public static bool AllProjectsRequested(BoundParameters p) => p.String("projectid") == AllProjects;

    public static bool Given(BoundParameters p) => Project(p) is not null || AllProjectsRequested(p);

    /// <summary>Narrows visible accounts to the project scope the parameters ask for.</summary>
    public static IQueryable<Account> Apply(CloudDbContext db, IQueryable<Account> accounts, BoundParameters p, bool byId)
    {
        if (Project(p) is { } project)
        {
            var id = project.ProjectAccountId;
            return db.Accounts.Where(a => a.Id == id && a.Removed == null);
        }
        if (AllProjectsRequested(p))
        {
            return accounts.Where(a => a.Type == AccountType.Project);
        }
        // Without projectid a list shows the caller's own records; an id names one thing wherever it is.
        return byId ? accounts : accounts.Where(a => a.Type != AccountType.Project);
    }
}
