namespace SharpStack.Core.Storage;

/// <summary>A disk: an instance's root disk or a data disk, on a primary storage pool once it is created.</summary>
public sealed class Volume
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public long ZoneId { get; set; }
    public long? PoolId { get; set; }
    public long? VmId { get; set; }
    /// <summary>0 for a root disk, 1.. for data disks, while attached.</summary>
    public long? DeviceId { get; set; }
    public VolumeType Type { get; set; }
    public VolumeState State { get; set; } = VolumeState.Allocated;
    public long SizeBytes { get; set; }
    public long? DiskOfferingId { get; set; }
    public long? TemplateId { get; set; }
    /// <summary>Where the disk lives on its pool, once created.</summary>
    public string? Path { get; set; }
    public string ProvisioningType { get; set; } = "thin";
    /// <summary>An uploaded volume's image on secondary storage until it is first attached.</summary>
    public long? ImageStoreId { get; set; }
    public string? StorePath { get; set; }
    /// <summary>QCOW2, RAW, ... of an uploaded volume; its checksum as given.</summary>
    public string? Format { get; set; }
    public string? Checksum { get; set; }
    public string? UploadError { get; set; }
    /// <summary>The http(s) URL an uploadVolume volume is fetched from into its image store.</summary>
    public string? Url { get; set; }
    /// <summary>When a server began fetching Url; null while the fetch waits to start.</summary>
    public DateTime? DownloadStarted { get; set; }
    public int DownloadPercent { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Attached { get; set; }
    public DateTime? Removed { get; set; }
}

public enum VolumeType
{
    ROOT,
    DATADISK,
}

/// <summary>Upstream's Volume.State values.</summary>
public enum VolumeState
{
    Allocated,
    Creating,
    Ready,
    Resizing,
    Migrating,
    Destroy,
    Expunging,
    Expunged,
    NotUploaded,
    UploadOp,
    Uploaded,
    UploadError,
}
