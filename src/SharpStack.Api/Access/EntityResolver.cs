using SharpStack.Data;

namespace SharpStack.Api.Access;

/// <summary>Finds an entity by uuid for a uuid parameter, only among what the caller may see.</summary>
public interface IEntityLookup
{
    /// <summary>The catalog's entity name (Account, Domain, User, ...).</summary>
    string Entity { get; }

    Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct);
}

public sealed class EntityResolver(IEnumerable<IEntityLookup> lookups)
{
    private readonly Dictionary<string, IEntityLookup> _lookups = lookups.ToDictionary(l => l.Entity, StringComparer.OrdinalIgnoreCase);

    /// <summary>Null when the entity does not exist, is removed, is not visible, or its kind is not one SharpStack has yet.</summary>
    public Task<object?> FindAsync(string entity, CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        _lookups.TryGetValue(entity, out var lookup) ? lookup.FindAsync(db, caller, uuid, ct) : Task.FromResult<object?>(null);
}
