namespace SharpStack.Core.Networks;

/// <summary>
/// One address of a zone's public IP ranges (upstream's user_ip_address), made when the range is
/// added. Allocation moves it Free → Allocated with a conditional update, so it is never given twice.
/// </summary>
public sealed class PublicIpAddress
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Address { get; set; }
    public long ZoneId { get; set; }
    public long VlanIpRangeId { get; set; }
    public long PhysicalNetworkId { get; set; }
    public PublicIpState State { get; set; } = PublicIpState.Free;
    public long? AccountId { get; set; }
    public long? DomainId { get; set; }
    public DateTime? AllocatedAt { get; set; }
    /// <summary>The guest network the address serves (its source NAT, or rules' target network).</summary>
    public long? NetworkId { get; set; }
    /// <summary>The VPC the address was acquired for; its tier (NetworkId) is set by its first rule.</summary>
    public long? VpcId { get; set; }
    public bool IsSourceNat { get; set; }
    public bool IsSystem { get; set; }
    public bool ForDisplay { get; set; } = true;
    public long? StaticNatVmId { get; set; }
    public string? StaticNatVmIp { get; set; }
}

/// <summary>Upstream's IpAddress.State values.</summary>
public enum PublicIpState
{
    Free,
    Allocating,
    Allocated,
    Releasing,
    Reserved,
}
