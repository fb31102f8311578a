using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Affinity;

internal sealed class AffinityGroupLookup : IEntityLookup
{
    public string Entity => "AffinityGroup";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return await db.AffinityGroups.FirstOrDefaultAsync(g => g.Uuid == uuid && accounts.Contains(g.AccountId), ct);
    }
}

internal static class AffinityGroupParams
{
    /// <summary>The groups named by ids or names (one or the other), which must all belong to the instance's owner.</summary>
    public static async Task<List<AffinityGroup>> ResolveAsync(CloudDbContext db, BoundParameters p, Account owner, CancellationToken ct)
    {
        var byId = p.EntityList<AffinityGroup>("affinitygroupids");
        var names = p.StringList("affinitygroupnames");
        if (byId.Count > 0 && names.Count > 0)
        {
            throw CloudException.InvalidParameter("affinitygroupids and affinitygroupnames cannot be given together");
        }
        var groups = byId.ToList();
        foreach (var name in names)
        {
            groups.Add(await db.AffinityGroups.AsNoTracking().FirstOrDefaultAsync(g => g.AccountId == owner.Id && g.Name == name, ct)
                       ?? throw CloudException.InvalidParameter($"Unable to find affinity group {name} of account {owner.Name}"));
        }
        if (groups.FirstOrDefault(g => g.AccountId != owner.Id) is { } foreign)
        {
            throw CloudException.InvalidParameter($"Affinity group {foreign.Name} belongs to another account than the instance");
        }
        return groups.DistinctBy(g => g.Id).ToList();
    }
}
