namespace SharpStack.Core.Identity;

public sealed class Domain
{
    public const long RootId = 1;

    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public long? ParentId { get; set; }
    /// <summary>"/" for ROOT, "/child/grandchild/" below it: the subtree test is a prefix test.</summary>
    public required string Path { get; set; }
    public int Level { get; set; }
    public string? NetworkDomain { get; set; }
    public DomainState State { get; set; } = DomainState.Active;
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }

    public bool Contains(Domain other) => other.Path.StartsWith(Path, StringComparison.Ordinal);
}

public enum DomainState
{
    Active,
    Inactive,
}
