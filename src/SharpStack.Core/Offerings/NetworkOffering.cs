using SharpStack.Core.Networks;

namespace SharpStack.Core.Offerings;

/// <summary>
/// A network offering (upstream's network_offerings): what a guest network of this kind gets —
/// its guest type, the services and which provider gives each, and how addresses and VLANs are chosen.
/// </summary>
public sealed class NetworkOffering
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string DisplayText { get; set; }
    public string TrafficType { get; set; } = "Guest";
    public GuestType GuestType { get; set; }
    /// <summary>"Required" (the offering for an account's automatic network) or "Optional".</summary>
    public string Availability { get; set; } = "Optional";
    public NetworkOfferingState State { get; set; } = NetworkOfferingState.Disabled;
    public bool IsDefault { get; set; }
    /// <summary>System offerings back the public, management, control and storage networks; never listed.</summary>
    public bool IsSystem { get; set; }
    public bool SpecifyVlan { get; set; }
    public bool SpecifyIpRanges { get; set; }
    public bool ConserveMode { get; set; } = true;
    public bool IsPersistent { get; set; }
    /// <summary>True: guest egress is allowed unless a rule denies it; false: denied unless a rule allows it.</summary>
    public bool EgressDefaultPolicy { get; set; } = true;
    public int? NetworkRate { get; set; }
    public long? ServiceOfferingId { get; set; }
    public string? Tags { get; set; }
    public bool ForVpc { get; set; }
    /// <summary>"peraccount" or "perzone", when the offering has SourceNat.</summary>
    public string? SourceNatType { get; set; }
    public bool RedundantRouter { get; set; }
    public bool SupportsInternalLb { get; set; }
    public bool SupportsPublicAccess { get; set; }
    public bool? KeepAliveEnabled { get; set; }
    public int? MaxConnections { get; set; }
    public int SortKey { get; set; }
    public string InternetProtocol { get; set; } = "IPv4";
    public string? DomainIds { get; set; }
    public string? ZoneIds { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
    public List<NetworkOfferingService> Services { get; set; } = [];

    public bool Has(string service) => Services.Any(s => s.Service == service);

    public string? ProviderOf(string service) => Services.FirstOrDefault(s => s.Service == service)?.Provider;
}

/// <summary>One service of a network offering and the provider that gives it.</summary>
public sealed class NetworkOfferingService
{
    public long Id { get; set; }
    public long OfferingId { get; set; }
    public required string Service { get; set; }
    public required string Provider { get; set; }
}

public enum NetworkOfferingState
{
    Disabled,
    Enabled,
}
