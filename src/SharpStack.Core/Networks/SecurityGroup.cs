namespace SharpStack.Core.Networks;

/// <summary>
/// An account's security group (upstream's security_group): ingress and egress rules that hosts
/// enforce on the nics of its member instances. Every account has a "default" group, made on first need.
/// </summary>
public sealed class SecurityGroup
{
    public const string DefaultName = "default";
    public const string DefaultDescription = "Default Security Group";

    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public string? Description { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public DateTime Created { get; set; }

    public bool IsDefault => string.Equals(Name, DefaultName, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// One rule of a security group (upstream's security_group_rule): traffic of a protocol and port
/// range (or ICMP type and code) allowed from (ingress) or to (egress) one CIDR or the members of
/// another group.
/// </summary>
public sealed class SecurityGroupRule
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long SecurityGroupId { get; set; }
    public SecurityRuleType Type { get; set; }
    /// <summary>tcp, udp, icmp, all, or a protocol number, lower case.</summary>
    public required string Protocol { get; set; }
    /// <summary>The start port, or the ICMP type for ICMP (upstream keeps both in one column).</summary>
    public int StartPortOrType { get; set; }
    /// <summary>The end port, or the ICMP code for ICMP.</summary>
    public int EndPortOrCode { get; set; }
    public string? Cidr { get; set; }
    /// <summary>The group whose members' addresses the rule allows, instead of a CIDR.</summary>
    public long? AllowedGroupId { get; set; }
    public DateTime Created { get; set; }
}

public enum SecurityRuleType
{
    Ingress,
    Egress,
}

/// <summary>An instance's membership of a security group (upstream's security_group_vm_map).</summary>
public sealed class SecurityGroupMember
{
    public long Id { get; set; }
    public long GroupId { get; set; }
    public long VmId { get; set; }
}

/// <summary>
/// The last rule set an instance's host confirmed applying (upstream's op_vm_ruleset_log keeps only
/// its sequence number); kept so operators and tests can see what hosts were told.
/// </summary>
public sealed class SecurityGroupRuleSet
{
    public long Id { get; set; }
    public long VmId { get; set; }
    /// <summary>Bumped on every rule set sent for the instance; the host ignores one older than it applied.</summary>
    public long Sequence { get; set; }
    public long AppliedSequence { get; set; }
    /// <summary>The applied rule set (JSON), null until a host applied one.</summary>
    public string? Applied { get; set; }
    public DateTime? AppliedAt { get; set; }
}
