namespace SharpStack.Core.Usage;

/// <summary>
/// What one resource of one account used in one aggregation period (upstream's cloud_usage.usage):
/// written once per closed period by the usage aggregator, never changed afterwards.
/// </summary>
public sealed class UsageRecord
{
    public long Id { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public long ZoneId { get; set; }
    /// <summary>An upstream usage type id (<see cref="UsageTypes"/>).</summary>
    public int UsageType { get; set; }
    /// <summary>The old-format description, with internal ids, as upstream stores it.</summary>
    public required string Description { get; set; }
    /// <summary>Usage with its unit, e.g. "1.5 Hrs".</summary>
    public required string UsageDisplay { get; set; }
    /// <summary>Hours used in the period.</summary>
    public double RawUsage { get; set; }
    /// <summary>The internal id of the instance, volume, snapshot, address… the record is about.</summary>
    public long UsageId { get; set; }
    public long? VmId { get; set; }
    public string? Name { get; set; }

    /// <summary>The resource's public uuid, kept for resources whose rows are deleted (rules, VPN users).</summary>
    public Guid? ResourceUuid { get; set; }
    public long? OfferingId { get; set; }
    public long? TemplateId { get; set; }
    /// <summary>Hypervisor for instances and volumes, as upstream's "type".</summary>
    public string? ResourceType { get; set; }
    public long? Size { get; set; }
    public long? VirtualSize { get; set; }
    public bool? IsSourceNat { get; set; }
    /// <summary>First instant of the period.</summary>
    public DateTime StartDate { get; set; }
    /// <summary>Last second of the period (the period's end minus one second), as upstream shows it.</summary>
    public DateTime EndDate { get; set; }
    public long PeriodId { get; set; }
}
