namespace SharpStack.Core.Infrastructure;

/// <summary>A data centre (upstream's DataCenter): the top of the infrastructure hierarchy.</summary>
public sealed class Zone
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public string? Description { get; set; }
    public required string Dns1 { get; set; }
    public string? Dns2 { get; set; }
    public string? Ip6Dns1 { get; set; }
    public string? Ip6Dns2 { get; set; }
    public required string InternalDns1 { get; set; }
    public string? InternalDns2 { get; set; }
    public string? GuestCidr { get; set; }
    public string? NetworkDomain { get; set; }
    /// <summary>Set for a zone dedicated to a domain (a private zone).</summary>
    public long? DomainId { get; set; }
    public NetworkType NetworkType { get; set; }
    public bool SecurityGroupsEnabled { get; set; }
    public bool LocalStorageEnabled { get; set; }
    public AllocationState AllocationState { get; set; } = AllocationState.Disabled;
    /// <summary>Hosts present this token when their agent registers with the zone.</summary>
    public required string RegistrationToken { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

public enum NetworkType
{
    Basic,
    Advanced,
}
