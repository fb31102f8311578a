namespace SharpStack.Core.Events;

/// <summary>
/// A billable change (upstream's usage_event): what the usage service turns into usage records.
/// Written in the same unit of work as the change itself.
/// </summary>
public sealed class UsageEvent
{
    public long Id { get; set; }
    /// <summary>Upstream's usage event type, e.g. VM.CREATE, VM.START, VOLUME.CREATE, SNAPSHOT.DELETE.</summary>
    public required string Type { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public long ZoneId { get; set; }
    /// <summary>The internal id of the instance, volume or snapshot.</summary>
    public long ResourceId { get; set; }
    public string? ResourceName { get; set; }

    /// <summary>The resource's public uuid, kept for resources whose rows are deleted (rules, VPN users).</summary>
    public Guid? ResourceUuid { get; set; }
    public long? OfferingId { get; set; }
    public long? TemplateId { get; set; }
    /// <summary>Bytes, for volumes and snapshots.</summary>
    public long? Size { get; set; }
    public long? VirtualSize { get; set; }
    /// <summary>For instances the hypervisor, as upstream records it.</summary>
    public string? ResourceType { get; set; }
    public DateTime Created { get; set; }
    public bool Processed { get; set; }
}
