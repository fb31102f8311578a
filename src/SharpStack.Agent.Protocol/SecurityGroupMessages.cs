namespace SharpStack.Agent.Protocol;

/// <summary>
/// The whole security group rule set of one instance (upstream's SecurityGroupRulesCmd): what
/// its nics accept and may send. The host replaces what it enforces for the instance and ignores
/// a set whose sequence number is older than the last it applied.
/// </summary>
/// <param name="EgressDefaultAllow">True when the instance's groups have no egress rule: all outbound traffic is allowed, as upstream.</param>
public sealed record SecurityGroupRulesRequest(
    string VmName,
    string VmUuid,
    long Sequence,
    IReadOnlyList<SecurityGroupNic> Nics,
    IReadOnlyList<SecurityRuleSpec> Ingress,
    IReadOnlyList<SecurityRuleSpec> Egress,
    bool EgressDefaultAllow);

/// <param name="DeviceId">The nic's device id: the host finds its tap as HostNetworkNames.Tap(VmName, DeviceId).</param>
public sealed record SecurityGroupNic(string MacAddress, string? Ipv4Address, int? DeviceId = null);

/// <summary>One allowed protocol and port range (or ICMP type/code) with the CIDRs it allows, group references already expanded to addresses.</summary>
public sealed record SecurityRuleSpec(string Protocol, int? StartPort, int? EndPort, int? IcmpType, int? IcmpCode, IReadOnlyList<string> Cidrs);
