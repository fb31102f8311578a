namespace SharpStack.Core.Compute;

/// <summary>A group of an account's instances that the planner keeps on one host (affinity) or on different hosts (anti-affinity).</summary>
public sealed class AffinityGroup
{
    public const string HostAntiAffinity = "host anti-affinity";
    public const string HostAffinity = "host affinity";
    public static readonly IReadOnlyList<string> Types = [HostAntiAffinity, HostAffinity];

    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public string? Description { get; set; }
    public required string Type { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public DateTime Created { get; set; }
    /// <summary>Bumped under a row lock while a member is placed, so placements in one group are serialized.</summary>
    public long PlacementVersion { get; set; }
}

/// <summary>An instance's membership of an affinity group.</summary>
public sealed class AffinityGroupMember
{
    public long Id { get; set; }
    public long GroupId { get; set; }
    public long VmId { get; set; }
}
