namespace SharpStack.Core.Networks;

/// <summary>An instance (by its address in the rule's network) behind a load balancing rule.</summary>
public sealed class LoadBalancerMember
{
    public long Id { get; set; }
    public long RuleId { get; set; }
    public long VmId { get; set; }
    public required string VmIp { get; set; }
    /// <summary>Set while the member is being taken out (the router is told before the row goes).</summary>
    public bool Revoke { get; set; }
}

/// <summary>What stickiness and health check policies share: the rule they belong to, and the flag set while the router drops them.</summary>
public interface ILbPolicy
{
    long Id { get; }
    Guid Uuid { get; }
    long RuleId { get; }
    bool Revoke { get; set; }
    bool ForDisplay { get; set; }
}

/// <summary>A load balancing rule's session stickiness (LbCookie, AppCookie or SourceBased, with their parameters).</summary>
public sealed class LbStickinessPolicy : ILbPolicy
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long RuleId { get; set; }
    public required string Name { get; set; }
    public required string MethodName { get; set; }
    public string? Description { get; set; }
    /// <summary>The method's parameters as JSON (name → value).</summary>
    public string? Params { get; set; }
    public bool ForDisplay { get; set; } = true;
    public bool Revoke { get; set; }
}

/// <summary>A load balancing rule's health check of its members.</summary>
public sealed class LbHealthCheckPolicy : ILbPolicy
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long RuleId { get; set; }
    public string PingPath { get; set; } = "/";
    public string? Description { get; set; }
    public int ResponseTimeSeconds { get; set; } = 2;
    public int IntervalSeconds { get; set; } = 5;
    public int HealthyThreshold { get; set; } = 2;
    public int UnhealthyThreshold { get; set; } = 10;
    public bool ForDisplay { get; set; } = true;
    public bool Revoke { get; set; }
}
