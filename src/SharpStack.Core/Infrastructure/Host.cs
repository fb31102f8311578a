namespace SharpStack.Core.Infrastructure;

/// <summary>A hypervisor host (upstream type "Routing"): what it has, and whether its agent is talking to us.</summary>
public sealed class Host
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public long ZoneId { get; set; }
    public long PodId { get; set; }
    public long ClusterId { get; set; }
    public HypervisorType Hypervisor { get; set; }
    public string Type { get; set; } = "Routing";
    public HostStatus Status { get; set; } = HostStatus.Connecting;
    public ResourceState ResourceState { get; set; } = ResourceState.Enabled;
    public int CpuSockets { get; set; }
    public int CpuNumber { get; set; }
    /// <summary>MHz per core.</summary>
    public long CpuSpeed { get; set; }
    public long MemoryBytes { get; set; }
    public long LocalStorageBytes { get; set; }
    public required string IpAddress { get; set; }
    public required string Url { get; set; }
    /// <summary>The stable id a connecting agent presents (its host's guid); null for in-process simulated hosts.</summary>
    public string? AgentId { get; set; }
    /// <summary>Comma-separated host tags.</summary>
    public string? HostTags { get; set; }
    public string Version { get; set; } = "";
    public string Capabilities { get; set; } = "";
    public string Arch { get; set; } = "x86_64";
    public DateTime? LastPinged { get; set; }
    public DateTime? Disconnected { get; set; }
    public long? ManagementServerId { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

/// <summary>Upstream's host status: whether the agent connection is healthy.</summary>
public enum HostStatus
{
    Creating,
    Connecting,
    Up,
    Down,
    Disconnected,
    Alert,
    Removed,
    Error,
    Rebalancing,
}

/// <summary>Upstream's resource state: whether the administrator lets the host take work.</summary>
public enum ResourceState
{
    Creating,
    Enabled,
    Disabled,
    PrepareForMaintenance,
    ErrorInMaintenance,
    Maintenance,
    Error,
}
