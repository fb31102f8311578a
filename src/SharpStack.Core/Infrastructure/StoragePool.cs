namespace SharpStack.Core.Infrastructure;

/// <summary>Primary storage: where instance disks live, for one cluster or a whole zone.</summary>
public sealed class StoragePool
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public long ZoneId { get; set; }
    public long? PodId { get; set; }
    public long? ClusterId { get; set; }
    public StorageScope Scope { get; set; }
    public StoragePoolType PoolType { get; set; }
    public required string Url { get; set; }
    /// <summary>The NFS server, or "localhost" for paths on the hosts.</summary>
    public required string HostAddress { get; set; }
    public required string Path { get; set; }
    public long CapacityBytes { get; set; }
    public long UsedBytes { get; set; }
    public string? Tags { get; set; }
    public HypervisorType? Hypervisor { get; set; }
    public StoragePoolStatus Status { get; set; } = StoragePoolStatus.Up;
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

public enum StorageScope
{
    CLUSTER,
    ZONE,
    HOST,
}

/// <summary>Upstream's pool type names.</summary>
public enum StoragePoolType
{
    NetworkFilesystem,
    Filesystem,
    SharedMountPoint,
}

public enum StoragePoolStatus
{
    Initial,
    Initialized,
    Creating,
    Attaching,
    Up,
    PrepareForMaintenance,
    ErrorInMaintenance,
    CancelMaintenance,
    Maintenance,
    Disabled,
    Removed,
}

/// <summary>Secondary storage: where templates, ISOs and snapshots are kept for a zone.</summary>
public sealed class ImageStore
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public long? ZoneId { get; set; }
    public required string Url { get; set; }
    /// <summary>"nfs" or "file".</summary>
    public required string Protocol { get; set; }
    public string ProviderName { get; set; } = "NFS";
    public string Scope { get; set; } = "ZONE";
    public bool ReadOnly { get; set; }
    public long CapacityBytes { get; set; }
    public long UsedBytes { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}
