namespace SharpStack.Core.Networks;

/// <summary>
/// A virtual private cloud (upstream's vpc): one CIDR split into tiers (guest networks with VpcId),
/// all served by one VPC virtual router with one source NAT address.
/// </summary>
public sealed class Vpc
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string DisplayText { get; set; }
    public required string Cidr { get; set; }
    public long ZoneId { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public long VpcOfferingId { get; set; }
    public VpcState State { get; set; } = VpcState.Enabled;
    public string? NetworkDomain { get; set; }
    public string? Dns1 { get; set; }
    public string? Dns2 { get; set; }
    public int? PublicMtu { get; set; }
    public bool RestartRequired { get; set; }
    public bool Redundant { get; set; }
    public bool Display { get; set; } = true;
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

/// <summary>Upstream's Vpc.State.</summary>
public enum VpcState
{
    Enabled,
    Inactive,
}

/// <summary>A VPC offering (upstream's vpc_offerings): the services a VPC's router gives and their providers.</summary>
public sealed class VpcOffering
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string DisplayText { get; set; }
    public VpcOfferingState State { get; set; } = VpcOfferingState.Disabled;
    public bool IsDefault { get; set; }
    public bool RedundantRouter { get; set; }
    public long? ServiceOfferingId { get; set; }
    public string InternetProtocol { get; set; } = "IPv4";
    public string? DomainIds { get; set; }
    public string? ZoneIds { get; set; }
    public int SortKey { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
    public List<VpcOfferingService> Services { get; set; } = [];

    public bool Has(string service) => Services.Any(s => s.Service == service);
}

public sealed class VpcOfferingService
{
    public long Id { get; set; }
    public long OfferingId { get; set; }
    public required string Service { get; set; }
    public required string Provider { get; set; }
}

public enum VpcOfferingState
{
    Disabled,
    Enabled,
}
