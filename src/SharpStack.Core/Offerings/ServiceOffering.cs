namespace SharpStack.Core.Offerings;

/// <summary>A compute offering: CPU, memory and placement rules, fixed or chosen at deploy time within limits.</summary>
public sealed class ServiceOffering
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string DisplayText { get; set; }
    /// <summary>Null for a customized offering: the deployer chooses within the Min/Max bounds.</summary>
    public int? CpuNumber { get; set; }
    public int? CpuSpeed { get; set; }
    /// <summary>MiB.</summary>
    public int? Memory { get; set; }
    public int? MinCpuNumber { get; set; }
    public int? MaxCpuNumber { get; set; }
    public int? MinMemory { get; set; }
    public int? MaxMemory { get; set; }
    public bool OfferHa { get; set; }
    public bool LimitCpuUse { get; set; }
    public bool IsVolatile { get; set; }
    /// <summary>"shared" or "local".</summary>
    public string StorageType { get; set; } = "shared";
    public string ProvisioningType { get; set; } = "thin";
    public string? StorageTags { get; set; }
    public string? HostTags { get; set; }
    public bool IsSystem { get; set; }
    public string? SystemVmType { get; set; }
    public int? NetworkRate { get; set; }
    public long? RootDiskSizeGb { get; set; }
    public bool DynamicScalingEnabled { get; set; } = true;
    public IoLimits Io { get; set; } = new();
    /// <summary>Comma-separated internal ids of the domains it is limited to; null for every domain.</summary>
    public string? DomainIds { get; set; }
    /// <summary>Comma-separated internal ids of the zones it is limited to; null for every zone.</summary>
    public string? ZoneIds { get; set; }
    public OfferingState State { get; set; } = OfferingState.Active;
    public bool IsDefault { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

public enum OfferingState
{
    Active,
    Inactive,
}
