namespace SharpStack.Core.Compute;

/// <summary>A named group an account puts its instances in, for its own order.</summary>
public sealed class InstanceGroup
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public DateTime Created { get; set; }
}
