using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Binding;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.SecurityGroups;

/// <summary>The protocol, ports or ICMP type/code, CIDRs and groups of an authorize call, checked as upstream checks them.</summary>
internal static class SecurityRuleInputs
{
    public sealed record Match(string Protocol, int StartPortOrType, int EndPortOrCode);

    public static Match ProtocolAndPorts(BoundParameters p)
    {
        var protocol = (p.String("protocol") ?? "all").Trim().ToLowerInvariant();
        var (start, end, icmpType, icmpCode) = (p.Int("startport"), p.Int("endport"), p.Int("icmptype"), p.Int("icmpcode"));
        if (protocol.Length > 0 && protocol.All(char.IsAsciiDigit))
        {
            var number = int.TryParse(protocol, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
            if (number == 1)
            {
                // Protocol number 1 is ICMP, which needs a type and code: any.
                return new Match("icmp", -1, -1);
            }
            if (number > 255)
            {
                throw CloudException.InvalidParameter($"Invalid protocol number: {protocol}");
            }
            return new Match(number.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, 0);
        }
        switch (protocol)
        {
            case "icmp":
                if (icmpType is null || icmpCode is null)
                {
                    throw CloudException.InvalidParameter($"Invalid ICMP type/code specified, icmpType = {Show(icmpType)}, icmpCode = {Show(icmpCode)}");
                }
                if (icmpType == -1 && icmpCode != -1)
                {
                    throw CloudException.InvalidParameter("Invalid icmp code");
                }
                if (icmpType != -1 && icmpCode == -1)
                {
                    throw CloudException.InvalidParameter("Invalid icmp code: need non-negative icmp code ");
                }
                if (icmpCode is > 255 or < -1 || icmpType is > 255 or < -1)
                {
                    throw CloudException.InvalidParameter("Invalid icmp type/code ");
                }
                return new Match(protocol, icmpType.Value, icmpCode.Value);
            case "all":
                if (start is not null || end is not null)
                {
                    throw CloudException.InvalidParameter("Cannot specify startPort or endPort without specifying protocol");
                }
                return new Match(protocol, 0, 0);
            case "tcp" or "udp":
                if (start is null || end is null)
                {
                    throw CloudException.InvalidParameter($"Invalid port range specified, startPort = {Show(start)}, endPort = {Show(end)}");
                }
                var last = start == 0 && end == 0 ? 65535 : end.Value;
                if (start > last)
                {
                    throw CloudException.InvalidParameter($"Invalid port range {start}:{last}");
                }
                if (start is > 65535 or < 0 || last is > 65535 or < 0)
                {
                    throw CloudException.InvalidParameter($"Invalid port numbers {start}:{last}");
                }
                return new Match(protocol, start.Value, last);
            default:
                throw CloudException.InvalidParameter($"Invalid protocol {protocol}");
        }
    }

    /// <summary>The cidrlist entries, each an IPv4 CIDR "a.b.c.d/n".</summary>
    public static List<string> Cidrs(BoundParameters p)
    {
        var cidrs = p.StringList("cidrlist").SelectMany(c => c.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
        foreach (var cidr in cidrs)
        {
            var parts = cidr.Split('/');
            if (parts.Length != 2 || !Ipv4.TryParse(parts[0], out _) ||
                !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var prefix) || prefix > 32)
            {
                throw CloudException.InvalidParameter($"Invalid cidr {cidr}");
            }
        }
        return cidrs;
    }

    /// <summary>The groups of usersecuritygrouplist[n].group/.account, accounts looked up in the domain of the rule's group.</summary>
    public static async Task<List<SecurityGroup>> GroupsAsync(CloudDbContext db, BoundParameters p, SecurityGroup target, CancellationToken ct)
    {
        var groups = new List<SecurityGroup>();
        foreach (var entry in p.Map("usersecuritygrouplist"))
        {
            var name = entry.GetValueOrDefault("group");
            var accountName = entry.GetValueOrDefault("account");
            if (name is null || accountName is null)
            {
                throw CloudException.InvalidParameter(
                    "Invalid user group specified, fields 'group' and 'account' cannot be null, please specify groups in the form:  userGroupList[0].group=XXX&userGroupList[0].account=YYY");
            }
            var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Name == accountName && a.DomainId == target.DomainId && a.Removed == null, ct)
                          ?? throw CloudException.InvalidParameter($"Nonexistent account: {accountName} when trying to authorize security group rule for {target.Name}");
            groups.Add(await db.SecurityGroups.AsNoTracking().FirstOrDefaultAsync(g => g.AccountId == account.Id && g.Name == name, ct)
                       ?? throw CloudException.InvalidParameter($"Nonexistent group {name} for account {accountName} is given, unable to authorize security group rule."));
        }
        return groups.DistinctBy(g => g.Id).ToList();
    }

    private static string Show(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
