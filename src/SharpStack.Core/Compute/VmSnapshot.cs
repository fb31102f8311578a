namespace SharpStack.Core.Compute;

/// <summary>A snapshot of a whole instance (its disks, and memory when asked), taken and reverted on its host.</summary>
public sealed class VmSnapshot
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    /// <summary>The internal name (i-…_VS_timestamp as upstream).</summary>
    public required string Name { get; set; }
    public required string DisplayName { get; set; }
    public string? Description { get; set; }
    public long VmId { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public long ZoneId { get; set; }
    /// <summary>"Disk" or "DiskAndMemory".</summary>
    public string Type { get; set; } = "Disk";
    public VmSnapshotState State { get; set; } = VmSnapshotState.Allocated;
    public bool Current { get; set; }
    public long? ParentId { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

/// <summary>Upstream's VMSnapshot.State values.</summary>
public enum VmSnapshotState
{
    Allocated,
    Creating,
    Ready,
    Reverting,
    Expunging,
    Removed,
    Error,
}
