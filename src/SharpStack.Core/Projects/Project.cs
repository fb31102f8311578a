namespace SharpStack.Core.Projects;

/// <summary>
/// A project: a group of accounts and users sharing resources. The resources belong to the
/// project's own hidden account (type Project), so counts, limits, usage and cleanup work per
/// project through the account machinery.
/// </summary>
public sealed class Project
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string DisplayText { get; set; }
    public long DomainId { get; set; }
    /// <summary>The hidden account that owns the project's resources.</summary>
    public long ProjectAccountId { get; set; }
    public ProjectState State { get; set; } = ProjectState.Active;
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

/// <summary>Upstream's project states.</summary>
public enum ProjectState
{
    Active,
    Disabled,
    Suspended,
}
