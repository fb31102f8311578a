namespace SharpStack.Core.Networks;

/// <summary>
/// A network ACL list (upstream's network_acl): the ordered rules a VPC tier's (or private gateway's)
/// traffic passes. The two upstream defaults, default_allow and default_deny, belong to no VPC.
/// </summary>
public sealed class NetworkAclList
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>Null for the global default lists.</summary>
    public long? VpcId { get; set; }
    public bool ForDisplay { get; set; } = true;

    public const string DefaultAllow = "default_allow";
    public const string DefaultDeny = "default_deny";
}

/// <summary>One rule of an ACL list (upstream's network_acl_item); rules are evaluated by ascending Number.</summary>
public sealed class NetworkAclItem
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long AclId { get; set; }
    public int Number { get; set; }
    /// <summary>tcp, udp, icmp, all or a protocol number, lower case.</summary>
    public required string Protocol { get; set; }
    public int? StartPort { get; set; }
    public int? EndPort { get; set; }
    public int? IcmpType { get; set; }
    public int? IcmpCode { get; set; }
    /// <summary>Comma-separated CIDRs.</summary>
    public required string Cidrs { get; set; }
    /// <summary>"Allow" or "Deny".</summary>
    public string Action { get; set; } = "Allow";
    /// <summary>"Ingress" or "Egress".</summary>
    public string TrafficType { get; set; } = "Ingress";
    public RuleState State { get; set; } = RuleState.Active;
    public string? Reason { get; set; }
    public bool ForDisplay { get; set; } = true;
    public DateTime Created { get; set; }
}
