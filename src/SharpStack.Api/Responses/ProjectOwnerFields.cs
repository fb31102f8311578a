using Microsoft.EntityFrameworkCore;
using SharpStack.Data;

namespace SharpStack.Api.Responses;

/// <summary>
/// Upstream shows a project's resources with projectid and project instead of the project's
/// hidden account. Responses name their owner by account and domainid; this one pass over a
/// result rewrites the owners that are project accounts, so no response builder has to.
/// </summary>
public static class ProjectOwnerFields
{
    public static async Task ApplyAsync(CloudDbContext db, ApiResult result, CancellationToken ct)
    {
        var owned = new List<ApiObject>();
        switch (result)
        {
            case ApiResult.Single single:
                Collect(single.Value, owned);
                break;
            case ApiResult.Many many:
                foreach (var item in many.Items)
                {
                    Collect(item, owned);
                }
                break;
            case ApiResult.Inline inline:
                Collect(inline.Fields, owned);
                break;
        }
        var names = owned.Select(o => (string)o["account"]!).Where(n => n.StartsWith(ProjectAccountPrefix, StringComparison.Ordinal)).Distinct().ToList();
        if (names.Count == 0)
        {
            return;
        }
        var projects = await db.Projects.AsNoTracking()
            .Join(db.Accounts.Where(a => names.Contains(a.Name)), p => p.ProjectAccountId, a => a.Id, (p, a) => new { a.Name, p.Uuid, Project = p.Name })
            .ToListAsync(ct);
        var byAccount = projects.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var obj in owned)
        {
            if (byAccount.TryGetValue((string)obj["account"]!, out var project))
            {
                obj.Set("account", null);
                obj.Set("projectid", project.Uuid);
                obj.Set("project", project.Project);
            }
        }
    }

    /// <summary>Project accounts are named PrjAcct-name-uuid, as upstream names them PrjAcct-name-id.</summary>
    public const string ProjectAccountPrefix = "PrjAcct-";

    private static void Collect(ApiObject obj, List<ApiObject> owned)
    {
        if (obj["account"] is string && obj["domainid"] is not null)
        {
            owned.Add(obj);
        }
        foreach (var (_, value) in obj)
        {
            switch (value)
            {
                case ApiObject nested:
                    Collect(nested, owned);
                    break;
                case System.Collections.IEnumerable list and not string:
                    foreach (var item in list.OfType<ApiObject>())
                    {
                        Collect(item, owned);
                    }
                    break;
            }
        }
    }
}
