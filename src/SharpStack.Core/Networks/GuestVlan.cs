namespace SharpStack.Core.Networks;

/// <summary>
/// A VLAN (or VNI) of a physical network in use by a guest network (upstream's op_dc_vnet_alloc).
/// Only taken ones have rows; the unique index on (physical network, vnet) settles races.
/// </summary>
public sealed class GuestVlan
{
    public long Id { get; set; }
    public long PhysicalNetworkId { get; set; }
    public long ZoneId { get; set; }
    public int Vnet { get; set; }
    public long? NetworkId { get; set; }
    public long? AccountId { get; set; }
    public DateTime TakenAt { get; set; }
}
