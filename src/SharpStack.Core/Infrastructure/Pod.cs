namespace SharpStack.Core.Infrastructure;

/// <summary>A rack: one management subnet inside a zone.</summary>
public sealed class Pod
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public long ZoneId { get; set; }
    public required string Gateway { get; set; }
    public required string Netmask { get; set; }
    /// <summary>The reserved management range handed to system services of the pod.</summary>
    public string? StartIp { get; set; }
    public string? EndIp { get; set; }
    public AllocationState AllocationState { get; set; } = AllocationState.Enabled;
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}
