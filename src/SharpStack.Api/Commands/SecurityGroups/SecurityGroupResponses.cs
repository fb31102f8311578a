using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.SecurityGroups;

/// <summary>Upstream's SecurityGroupResponse with its ingressrule and egressrule lists (SecurityGroupRuleResponse).</summary>
internal static class SecurityGroupResponses
{
    /// <param name="onlyRules">When given, the rule lists hold just these rules (upstream's answer to an authorize: the rules it added).</param>
    public static async Task<List<ApiObject>> GroupsAsync(CloudDbContext db, IReadOnlyList<SecurityGroup> groups, CancellationToken ct, IReadOnlyCollection<long>? onlyRules = null)
    {
        var groupIds = groups.Select(g => g.Id).ToList();
        var rules = await db.SecurityGroupRules.AsNoTracking().Where(r => groupIds.Contains(r.SecurityGroupId)).OrderBy(r => r.Id).ToListAsync(ct);
        rules = onlyRules is null ? rules : rules.Where(r => onlyRules.Contains(r.Id)).ToList();
        var referencedIds = rules.Where(r => r.AllowedGroupId != null).Select(r => r.AllowedGroupId!.Value).Distinct().ToList();
        var referenced = await db.SecurityGroups.AsNoTracking().Where(g => referencedIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);
        var accountIds = groups.Select(g => g.AccountId).Concat(referenced.Values.Select(g => g.AccountId)).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var members = (await db.SecurityGroupMembers.AsNoTracking().Where(m => groupIds.Contains(m.GroupId))
                .Join(db.VirtualMachines.AsNoTracking().Where(v => v.Removed == null), m => m.VmId, v => v.Id, (m, v) => new { m.GroupId, v.Uuid })
                .ToListAsync(ct))
            .ToLookup(m => m.GroupId, m => m.Uuid.ToString());
        var tags = await Tags.TaggableResources.OfAsync(db, "SecurityGroup", groupIds, ct);
        var rulesByGroup = rules.ToLookup(r => r.SecurityGroupId);

        ApiObject Rule(SecurityGroupRule r)
        {
            var o = new ApiObject { { "ruleid", r.Uuid }, { "protocol", r.Protocol } };
            if (r.Protocol == "icmp")
            {
                o.Add("icmptype", r.StartPortOrType);
                o.Add("icmpcode", r.EndPortOrCode);
            }
            else if (r.Protocol is "tcp" or "udp")
            {
                o.Add("startport", r.StartPortOrType);
                o.Add("endport", r.EndPortOrCode);
            }
            if (r.AllowedGroupId is { } allowed && referenced.GetValueOrDefault(allowed) is { } group)
            {
                o.Add("securitygroupname", group.Name);
                o.Add("account", accounts.GetValueOrDefault(group.AccountId)?.Name);
            }
            else
            {
                o.Add("cidr", r.Cidr);
            }
            o.Add("tags", new List<ApiObject>());
            return o;
        }

        return groups.Select(g =>
        {
            var account = accounts.GetValueOrDefault(g.AccountId);
            var vmIds = members[g.Id].ToList();
            return new ApiObject
            {
                { "id", g.Uuid },
                { "name", g.Name },
                { "description", g.Description },
                { "account", account?.Name },
                { "domainid", account?.Domain?.Uuid },
                { "domain", account?.Domain?.Name },
                { "domainpath", account?.Domain?.Path },
                { "ingressrule", rulesByGroup[g.Id].Where(r => r.Type == SecurityRuleType.Ingress).Select(Rule).ToList() },
                { "egressrule", rulesByGroup[g.Id].Where(r => r.Type == SecurityRuleType.Egress).Select(Rule).ToList() },
                { "tags", tags[g.Id].ToList() },
                { "virtualmachinecount", vmIds.Count },
                { "virtualmachineids", vmIds },
            };
        }).ToList();
    }
}
