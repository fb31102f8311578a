using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Core.Errors;
using SharpStack.Core.Tags;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Tags;

/// <summary>The resource kinds tags can go on, found by uuid among what the caller may see.</summary>
public static class TaggableResources
{
    public sealed record Found(long Id, Guid Uuid, long AccountId, long DomainId);

    public static readonly IReadOnlyList<string> Types = ["UserVm", "Volume", "Snapshot", "Network", "VMSnapshot", "Template", "ISO"];

    public static string Canonical(string type) =>
        Types.FirstOrDefault(t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase))
        ?? throw CloudException.InvalidParameter($"Resource type {type} cannot be tagged (yet): use one of {string.Join(", ", Types)}");

    public static async Task<Found> FindAsync(CloudDbContext db, Caller caller, string type, string id, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var uuid))
        {
            throw CloudException.InvalidParameter($"Invalid resource id {id}: it must be a uuid");
        }
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        Found? found = type switch
        {
            "UserVm" => await db.VirtualMachines.Where(v => v.Uuid == uuid && v.Removed == null && accounts.Contains(v.AccountId))
                .Select(v => new Found(v.Id, v.Uuid, v.AccountId, v.DomainId)).FirstOrDefaultAsync(ct),
            "Volume" => await db.Volumes.Where(v => v.Uuid == uuid && v.Removed == null && accounts.Contains(v.AccountId))
                .Select(v => new Found(v.Id, v.Uuid, v.AccountId, v.DomainId)).FirstOrDefaultAsync(ct),
            "Snapshot" => await db.Snapshots.Where(s => s.Uuid == uuid && s.Removed == null && accounts.Contains(s.AccountId))
                .Select(s => new Found(s.Id, s.Uuid, s.AccountId, s.DomainId)).FirstOrDefaultAsync(ct),
            "Network" => await db.Networks.Where(n => n.Uuid == uuid && n.Removed == null && accounts.Contains(n.AccountId))
                .Select(n => new Found(n.Id, n.Uuid, n.AccountId, n.DomainId)).FirstOrDefaultAsync(ct),
            "VMSnapshot" => await db.VmSnapshots.Where(s => s.Uuid == uuid && s.Removed == null && accounts.Contains(s.AccountId))
                .Select(s => new Found(s.Id, s.Uuid, s.AccountId, s.DomainId)).FirstOrDefaultAsync(ct),
            _ => await db.VmTemplates.Where(t => t.Uuid == uuid && t.Removed == null && accounts.Contains(t.AccountId) && (type == "ISO") == (t.Format == "ISO"))
                .Select(t => new Found(t.Id, t.Uuid, t.AccountId, t.DomainId)).FirstOrDefaultAsync(ct),
        };
        return found ?? throw CloudException.InvalidParameter($"Unable to find {type} with id {id}");
    }

    /// <summary>
    /// The ids of resources of a type carrying every tag of a tags[n].key/value filter, or null when
    /// the call has none. A key without a value matches any value.
    /// </summary>
    public static IQueryable<long>? Filter(CloudDbContext db, BoundParameters p, string type)
    {
        var pairs = p.Map("tags");
        if (pairs.Count == 0)
        {
            return null;
        }
        IQueryable<long>? ids = null;
        foreach (var pair in pairs)
        {
            var key = pair.GetValueOrDefault("key") ?? throw CloudException.InvalidParameter("Each tags[n] filter needs a key");
            var value = pair.GetValueOrDefault("value");
            var matching = db.ResourceTags.Where(t => t.ResourceType == type && t.Key == key && (value == null || t.Value == value)).Select(t => t.ResourceId);
            ids = ids is null ? matching : ids.Where(id => matching.Contains(id));
        }
        return ids;
    }

    /// <summary>The tags of a page of resources of one type, as upstream's tags list of each response.</summary>
    public static async Task<ILookup<long, Responses.ApiObject>> OfAsync(CloudDbContext db, string type, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var tags = await db.ResourceTags.AsNoTracking().Where(t => t.ResourceType == type && ids.Contains(t.ResourceId)).OrderBy(t => t.Id).ToListAsync(ct);
        if (tags.Count == 0)
        {
            return Array.Empty<Responses.ApiObject>().ToLookup(_ => 0L);
        }
        var responses = await TagResponses.ToResponsesAsync(db, tags, ct);
        return tags.Zip(responses).ToLookup(x => x.First.ResourceId, x => x.Second);
    }
}
