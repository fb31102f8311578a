using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Binding;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>What ACL commands check: the list is a VPC's own (the defaults cannot change), and each rule's fields as upstream checks them.</summary>
internal static class AclInputs
{
    /// <summary>A list that may be changed, with its VPC: never one of the global defaults.</summary>
    public static async Task<Vpc> VpcOfChangeableAsync(CommandContext ctx, NetworkAclList list)
    {
        if (list.VpcId is not { } vpcId)
        {
            throw CloudException.InvalidParameter($"Default ACL list {list.Name} can't be changed: create an ACL list for the VPC");
        }
        return await ctx.Db.Vpcs.AsNoTracking().FirstAsync(v => v.Id == vpcId, ctx.Cancellation);
    }

    public static JobTarget Target(NetworkAclList list, Vpc vpc) => new("NetworkAcl", list.Uuid, $"Vpc:{vpc.Uuid}");

    /// <summary>Sets the fields given (all of them when creating); checks protocol, ports, ICMP, CIDRs, action and direction.</summary>
    public static void Apply(BoundParameters p, NetworkAclItem item, bool creating)
    {
        if (p.String("protocol") is { } protocolText)
        {
            item.Protocol = Protocol(protocolText);
        }
        var protocol = item.Protocol;
        var start = p.Has("startport") ? p.Int("startport") : creating ? null : item.StartPort;
        var end = p.Has("endport") ? p.Int("endport") : creating ? null : item.EndPort;
        var icmpType = p.Has("icmptype") ? p.Int("icmptype") : creating ? null : item.IcmpType;
        var icmpCode = p.Has("icmpcode") ? p.Int("icmpcode") : creating ? null : item.IcmpCode;
        if (protocol is "tcp" or "udp" or "icmp" or "all")
        {
            (item.StartPort, item.EndPort, item.IcmpType, item.IcmpCode) = RuleInputs.FirewallPorts(protocol, start, end, icmpType, icmpCode);
        }
        else if (start is not null || end is not null || icmpType is not null || icmpCode is not null)
        {
            throw CloudException.InvalidParameter($"Ports and ICMP type/code can't be given for protocol number {protocol}");
        }
        if (p.StringList("cidrlist") is { Count: > 0 } cidrs)
        {
            item.Cidrs = RuleInputs.Cidrs(cidrs, "cidrlist")!;
        }
        if (p.String("action") is { } action)
        {
            item.Action = action.Equals("allow", StringComparison.OrdinalIgnoreCase) ? "Allow"
                : action.Equals("deny", StringComparison.OrdinalIgnoreCase) ? "Deny"
                : throw CloudException.InvalidParameter($"Invalid action {action}: use Allow or Deny");
        }
        if (p.String("traffictype") is { } traffic)
        {
            item.TrafficType = traffic.Equals("ingress", StringComparison.OrdinalIgnoreCase) ? "Ingress"
                : traffic.Equals("egress", StringComparison.OrdinalIgnoreCase) ? "Egress"
                : throw CloudException.InvalidParameter($"Invalid traffictype {traffic}: use Ingress or Egress");
        }
        if (p.Int("number") is { } number)
        {
            item.Number = number >= 1 ? number : throw CloudException.InvalidParameter("The ACL rule number must be a positive integer");
        }
        item.Reason = p.String("reason") ?? item.Reason;
        item.ForDisplay = p.Bool("fordisplay") ?? item.ForDisplay;
    }

    /// <summary>tcp, udp, icmp, all, or an IP protocol number 0-255.</summary>
    private static string Protocol(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 0 and <= 255 ? number.ToString(CultureInfo.InvariantCulture) : throw CloudException.InvalidParameter($"Invalid protocol number {text}: use 0 to 255");
        }
        return RuleInputs.Protocol(text);
    }

    /// <summary>Two rules of one list never share a number (upstream refuses the second with 431).</summary>
    public static async Task EnsureNumberFreeAsync(CommandContext ctx, NetworkAclItem item)
    {
        if (await ctx.Db.NetworkAclItems.AnyAsync(i => i.AclId == item.AclId && i.Number == item.Number && i.Id != item.Id, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"ACL item with number {item.Number} already exists in the ACL list");
        }
    }
}
