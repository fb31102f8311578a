namespace SharpStack.Core.Infrastructure;

/// <summary>
/// One capacity counter of a host, pool, pod or zone (upstream's op_host_capacity): its total and
/// what is used. Totals are written when resources are added; allocations move Used in the same
/// transaction as the allocation itself.
/// </summary>
public sealed class CapacityRecord
{
    public long Id { get; set; }
    public CapacityType Type { get; set; }
    public long ZoneId { get; set; }
    public long? PodId { get; set; }
    public long? ClusterId { get; set; }
    /// <summary>The host or storage pool the counter belongs to, if any.</summary>
    public long? HostId { get; set; }
    public long? PoolId { get; set; }
    public long Total { get; set; }
    public long Used { get; set; }
    public long Reserved { get; set; }
    /// <summary>False while the owner is disabled, down or in maintenance.</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>Upstream's capacity type numbers.</summary>
public enum CapacityType
{
    Memory = 0,
    Cpu = 1,
    Storage = 2,
    StorageAllocated = 3,
    VirtualNetworkPublicIp = 4,
    PrivateIp = 5,
    SecondaryStorage = 6,
    Vlan = 7,
    DirectAttachedPublicIp = 8,
    LocalStorage = 9,
    CpuCore = 19,
}

/// <summary>An administrator alert: a host went down, a threshold was crossed.</summary>
public sealed class Alert
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    /// <summary>Upstream's alert type number (e.g. 7 for a host).</summary>
    public short Type { get; set; }
    public required string Name { get; set; }
    public required string Subject { get; set; }
    public long ZoneId { get; set; }
    public long? PodId { get; set; }
    public long? ClusterId { get; set; }
    public bool Archived { get; set; }
    public DateTime Created { get; set; }
}

/// <summary>A simulator mock (upstream's configureSimulator): how simulated agents answer one command.</summary>
public sealed class SimulatorMock
{
    public long Id { get; set; }
    public long? ZoneId { get; set; }
    public long? PodId { get; set; }
    public long? ClusterId { get; set; }
    public long? HostId { get; set; }
    /// <summary>The agent command name, e.g. PingCommand or StartCommand.</summary>
    public required string Name { get; set; }
    /// <summary>What to do, e.g. "result:fail" or "wait:2000".</summary>
    public required string Value { get; set; }
    /// <summary>How many more times it applies; null for always.</summary>
    public int? Count { get; set; }
    public string? JsonResponse { get; set; }
    public bool Removed { get; set; }
}
