namespace SharpStack.Core.Usage;

/// <summary>
/// A span during which one resource was billable with fixed attributes (upstream's helper tables
/// usage_vm_instance, usage_volume, usage_ip_address…): opened and closed by usage events.
/// </summary>
public sealed class UsageInterval
{
    public long Id { get; set; }
    public int UsageType { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public long ZoneId { get; set; }
    public long ResourceId { get; set; }
    public string? ResourceName { get; set; }

    /// <summary>The resource's public uuid, kept for resources whose rows are deleted (rules, VPN users).</summary>
    public Guid? ResourceUuid { get; set; }
    public long? OfferingId { get; set; }
    public long? TemplateId { get; set; }
    public long? Size { get; set; }
    public long? VirtualSize { get; set; }
    public string? ResourceType { get; set; }
    public DateTime Start { get; set; }
    /// <summary>Null while the resource is still billable.</summary>
    public DateTime? End { get; set; }
}
