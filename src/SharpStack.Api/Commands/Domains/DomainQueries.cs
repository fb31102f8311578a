using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Domains;

internal static class DomainQueries
{
    /// <summary>Response objects for a page of domains, with parents and child flags loaded in two queries.</summary>
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<Domain> domains, CancellationToken ct)
    {
        var parentIds = domains.Where(d => d.ParentId != null).Select(d => d.ParentId!.Value).Distinct().ToList();
        var parents = await db.Domains.AsNoTracking().Where(d => parentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var ids = domains.Select(d => d.Id).ToList();
        var withChildren = (await db.Domains.AsNoTracking()
            .Where(d => d.Removed == null && d.ParentId != null && ids.Contains(d.ParentId.Value))
            .Select(d => d.ParentId!.Value).Distinct().ToListAsync(ct)).ToHashSet();
        return domains.Select(d => IdentityResponses.Domain(d, d.ParentId is { } p ? parents.GetValueOrDefault(p) : null, withChildren.Contains(d.Id))).ToList();
    }

    public static async Task<ApiObject> ToResponseAsync(CloudDbContext db, Domain domain, CancellationToken ct) =>
        (await ToResponsesAsync(db, [domain], ct))[0];
}
