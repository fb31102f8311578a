namespace SharpStack.Core.Networks;

/// <summary>
/// A network rule (upstream's firewall_rules): an ingress firewall rule on a public address, an
/// egress rule of a network, or a port forwarding rule from a public address to an instance. One
/// table, so conflicts between rules of one address are checked in one place.
/// </summary>
public sealed class FirewallRule
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public RulePurpose Purpose { get; set; }
    /// <summary>"Ingress" or "Egress".</summary>
    public string TrafficType { get; set; } = "Ingress";
    /// <summary>The public address (ingress firewall and port forwarding rules); null for egress rules.</summary>
    public long? IpAddressId { get; set; }
    public long NetworkId { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    /// <summary>tcp, udp, icmp or all, lower case.</summary>
    public required string Protocol { get; set; }
    public int? StartPort { get; set; }
    public int? EndPort { get; set; }
    public int? IcmpType { get; set; }
    public int? IcmpCode { get; set; }
    /// <summary>Comma-separated source CIDRs.</summary>
    public string? SourceCidrs { get; set; }
    /// <summary>Comma-separated destination CIDRs (egress rules).</summary>
    public string? DestinationCidrs { get; set; }
    public RuleState State { get; set; } = RuleState.Add;
    public bool ForDisplay { get; set; } = true;
    /// <summary>Port forwarding: the instance and its address the traffic goes to, and its ports.</summary>
    public long? VmId { get; set; }
    public string? VmGuestIp { get; set; }
    public int? PrivateStartPort { get; set; }
    public int? PrivateEndPort { get; set; }
    /// <summary>Load balancing: the rule's name, description and algorithm (roundrobin, leastconn or source).</summary>
    public string? LbName { get; set; }
    public string? LbDescription { get; set; }
    public string? LbAlgorithm { get; set; }
    /// <summary>The port forwarding rule a firewall rule was opened for (openfirewall=true); it goes with it.</summary>
    public long? RelatedRuleId { get; set; }
    public DateTime Created { get; set; }
}

public enum RulePurpose
{
    Firewall,
    PortForwarding,
    LoadBalancing,
    Vpn,
}

/// <summary>Upstream's FirewallRule.State: Add until the router applied it, then Active; Revoke while it is being removed.</summary>
public enum RuleState
{
    Staged,
    Add,
    Active,
    Revoke,
}
