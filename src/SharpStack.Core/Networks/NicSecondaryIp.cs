namespace SharpStack.Core.Networks;

/// <summary>
/// An extra guest address of a nic (upstream's nic_secondary_ips): the guest configures it itself,
/// and port forwarding and static NAT may point at it (vmguestip).
/// </summary>
public sealed class NicSecondaryIp
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long NicId { get; set; }
    public long VmId { get; set; }
    public long NetworkId { get; set; }
    public required string Ipv4Address { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public DateTime Created { get; set; }
}
