namespace SharpStack.Core.Infrastructure;

/// <summary>Hosts of one hypervisor in one pod that share primary storage.</summary>
public sealed class Cluster
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public long ZoneId { get; set; }
    public long PodId { get; set; }
    public HypervisorType Hypervisor { get; set; }
    public string ClusterType { get; set; } = "CloudManaged";
    public string Arch { get; set; } = "x86_64";
    public AllocationState AllocationState { get; set; } = AllocationState.Enabled;
    public ManagedState ManagedState { get; set; } = ManagedState.Managed;
    /// <summary>A host agent presenting this token joins this cluster (the zone's token needs the cluster named).</summary>
    public string? RegistrationToken { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

public enum HypervisorType
{
    Simulator,
    KVM,
}

public enum ManagedState
{
    Managed,
    PrepareUnmanaged,
    Unmanaged,
    PrepareUnmanagedError,
}
