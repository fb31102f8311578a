namespace SharpStack.Core.Offerings;

/// <summary>A disk offering: a fixed size or one chosen at creation, with tags and I/O limits.</summary>
public sealed class DiskOffering
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string DisplayText { get; set; }
    /// <summary>Bytes; 0 for a customized offering.</summary>
    public long DiskSizeBytes { get; set; }
    public bool Customized { get; set; }
    public string? Tags { get; set; }
    public string StorageType { get; set; } = "shared";
    public string ProvisioningType { get; set; } = "thin";
    public bool DisplayOffering { get; set; } = true;
    public bool DiskSizeStrictness { get; set; }
    public bool Encrypt { get; set; }
    public IoLimits Io { get; set; } = new();
    public string? DomainIds { get; set; }
    public string? ZoneIds { get; set; }
    public OfferingState State { get; set; } = OfferingState.Active;
    public bool IsDefault { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}
