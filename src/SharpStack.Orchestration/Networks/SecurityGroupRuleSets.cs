using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Compute;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Orchestration.Networks;

/// <summary>
/// Computes an instance's whole security group rule set from the database: the rules of all its
/// groups, merged per protocol and port range, a rule naming a group expanded to the default-nic
/// addresses of that group's running members (as upstream does).
/// </summary>
public static class SecurityGroupRuleSets
{
    /// <summary>States in which an instance's address counts as a member address of its groups.</summary>
    public static readonly VmState[] LiveStates = [VmState.Starting, VmState.Running, VmState.Migrating, VmState.Stopping];

    public static async Task<SecurityGroupRulesRequest> BuildAsync(CloudDbContext db, VirtualMachine vm, long sequence, CancellationToken ct)
    {
        var groupIds = db.SecurityGroupMembers.Where(m => m.VmId == vm.Id).Select(m => m.GroupId);
        var rules = await db.SecurityGroupRules.AsNoTracking().Where(r => groupIds.Contains(r.SecurityGroupId)).OrderBy(r => r.Id).ToListAsync(ct);
        var referenced = rules.Where(r => r.AllowedGroupId != null).Select(r => r.AllowedGroupId!.Value).Distinct().ToList();
        var memberAddresses = (await db.SecurityGroupMembers.AsNoTracking().Where(m => referenced.Contains(m.GroupId))
                .Join(db.VirtualMachines.AsNoTracking().Where(v => v.Removed == null && LiveStates.Contains(v.State)), m => m.VmId, v => v.Id, (m, v) => m)
                .Join(db.Nics.AsNoTracking().Where(n => n.IsDefault && n.Ipv4Address != null), m => m.VmId, n => n.VmId, (m, n) => new { m.GroupId, n.Ipv4Address })
                .ToListAsync(ct))
            .ToLookup(x => x.GroupId, x => x.Ipv4Address! + "/32");
        var nics = await db.Nics.AsNoTracking().Where(n => n.VmId == vm.Id && n.MacAddress != null).OrderBy(n => n.DeviceId)
            .Select(n => new SecurityGroupNic(n.MacAddress!, n.Ipv4Address, n.DeviceId)).ToListAsync(ct);
        return new SecurityGroupRulesRequest(
            vm.InstanceName,
            vm.Uuid.ToString(),
            sequence,
            nics,
            Merge(rules.Where(r => r.Type == SecurityRuleType.Ingress), memberAddresses),
            Merge(rules.Where(r => r.Type == SecurityRuleType.Egress), memberAddresses),
            !rules.Any(r => r.Type == SecurityRuleType.Egress));
    }

    private static List<SecurityRuleSpec> Merge(IEnumerable<SecurityGroupRule> rules, ILookup<long, string> memberAddresses) =>
        rules.GroupBy(r => (r.Protocol, r.StartPortOrType, r.EndPortOrCode))
            .Select(g => (g.Key, Cidrs: g.SelectMany(r => r.AllowedGroupId is { } allowed ? memberAddresses[allowed] : [r.Cidr!]).Distinct().Order(StringComparer.Ordinal).ToList()))
            // A rule whose group has no running member allows nothing yet.
            .Where(x => x.Cidrs.Count > 0)
            .OrderBy(x => x.Key.Protocol, StringComparer.Ordinal).ThenBy(x => x.Key.StartPortOrType).ThenBy(x => x.Key.EndPortOrCode)
            .Select(x => x.Key.Protocol switch
            {
                "tcp" or "udp" => new SecurityRuleSpec(x.Key.Protocol, x.Key.StartPortOrType, x.Key.EndPortOrCode, null, null, x.Cidrs),
                "icmp" => new SecurityRuleSpec(x.Key.Protocol, null, null, x.Key.StartPortOrType, x.Key.EndPortOrCode, x.Cidrs),
                _ => new SecurityRuleSpec(x.Key.Protocol, null, null, null, null, x.Cidrs),
            })
            .ToList();
}
