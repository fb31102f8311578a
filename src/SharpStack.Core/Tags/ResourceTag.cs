namespace SharpStack.Core.Tags;

/// <summary>A key/value label on a tenant's resource (upstream's resource_tags).</summary>
public sealed class ResourceTag
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Key { get; set; }
    public required string Value { get; set; }
    /// <summary>Upstream's resource object type name: UserVm, Volume, Snapshot, Network, VMSnapshot, Template, ISO.</summary>
    public required string ResourceType { get; set; }
    public long ResourceId { get; set; }
    public Guid ResourceUuid { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public string? Customer { get; set; }
}
