using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Data;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;

namespace SharpStack.Orchestration.Networks;

/// <summary>
/// Adds and removes a network's rules and has its router apply them: a new rule is Add until the
/// router confirms it (then Active) and is taken back if the router cannot; a removed rule is
/// Revoke until the router drops it.
/// </summary>
public sealed class NetworkRules(RouterOrchestrator routers, UsageEvents usage)
{
    /// <summary>
    /// Refuses a rule that clashes with the address's others: port forwarding ports already forwarded
    /// (or balanced) on the protocol, any port forwarding on a static NAT address, or a firewall rule
    /// identical to one there.
    /// </summary>
    public static async Task EnsureNoConflictAsync(CloudDbContext db, FirewallRule rule, PublicIpAddress? ip, CancellationToken ct)
    {
        if (rule.Purpose is RulePurpose.PortForwarding or RulePurpose.LoadBalancing && ip?.StaticNatVmId is not null)
        {
            throw CloudException.NetworkRuleConflict($"IP address {ip.Address} has static NAT enabled: it cannot take port forwarding or load balancing rules");
        }
        var others = await db.FirewallRules.AsNoTracking()
            .Where(r => r.Id != rule.Id && r.State != RuleState.Revoke && r.TrafficType == rule.TrafficType &&
                        (rule.IpAddressId == null ? r.NetworkId == rule.NetworkId && r.IpAddressId == null : r.IpAddressId == rule.IpAddressId))
            .ToListAsync(ct);
        foreach (var other in others)
        {
            var forwarding = rule.Purpose is RulePurpose.PortForwarding or RulePurpose.LoadBalancing;
            var otherForwarding = other.Purpose is RulePurpose.PortForwarding or RulePurpose.LoadBalancing;
            if (forwarding && otherForwarding && (rule.Protocol == other.Protocol || rule.Protocol == "all" || other.Protocol == "all") &&
                RuleInputs.Overlap(rule.StartPort, rule.EndPort, other.StartPort, other.EndPort))
            {
                throw CloudException.NetworkRuleConflict(
                    $"The range specified, {rule.StartPort}-{rule.EndPort}, conflicts with rule {other.Uuid} which has {other.StartPort}-{other.EndPort}");
            }
            if (rule.Purpose == RulePurpose.Firewall && other.Purpose == RulePurpose.Firewall && rule.Protocol == other.Protocol &&
                rule.StartPort == other.StartPort && rule.EndPort == other.EndPort && rule.IcmpType == other.IcmpType && rule.IcmpCode == other.IcmpCode &&
                SameSet(rule.SourceCidrs, other.SourceCidrs) && SameSet(rule.DestinationCidrs, other.DestinationCidrs))
            {
                throw CloudException.NetworkRuleConflict($"There is already a firewall rule {other.Uuid} with the same protocol, ports and CIDR list");
            }
        }
    }

    /// <summary>A VPC address is tied to the tier of its first rule, as upstream.</summary>
    private static async Task BindVpcAddressesAsync(CloudDbContext db, long networkId, IReadOnlyList<FirewallRule> rules, CancellationToken ct)
    {
        var ipIds = rules.Where(r => r.IpAddressId != null).Select(r => r.IpAddressId!.Value).Distinct().ToList();
        await db.PublicIpAddresses.Where(a => ipIds.Contains(a.Id) && a.NetworkId == null && a.VpcId != null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.NetworkId, networkId), ct);
    }

    /// <summary>Saves new rules (some may be saved already) and has the network's router apply them; on failure they are taken back and the error thrown.</summary>
    public async Task AddAsync(CloudDbContext db, long networkId, IReadOnlyList<FirewallRule> rules, CancellationToken ct)
    {
        foreach (var rule in rules.Where(r => db.Entry(r).State == EntityState.Detached))
        {
            db.FirewallRules.Add(rule);
        }
        await db.SaveChangesAsync(ct);
        await BindVpcAddressesAsync(db, networkId, rules, ct);
        var ids = rules.Select(r => r.Id).ToList();
        await routers.ApplyOrUndoAsync(db, networkId, () => db.FirewallRules.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(ct), ct);
        await ActivateAsync(db, networkId, ct);
        await usage.ForwardingRulesAsync(db, db.FirewallRules.Where(r => ids.Contains(r.Id)), added: true, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Marks a network's rules Active once a running router has them (or when it has no router to wait for).</summary>
    public static async Task ActivateAsync(CloudDbContext db, long networkId, CancellationToken ct)
    {
        await db.FirewallRules.Where(r => r.NetworkId == networkId && r.State == RuleState.Add)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RuleState.Active), ct);
        foreach (var entry in db.ChangeTracker.Entries<FirewallRule>().Where(e => e.Entity.NetworkId == networkId && e.Entity.State == RuleState.Add))
        {
            entry.Property(r => r.State).CurrentValue = RuleState.Active;
            entry.Property(r => r.State).OriginalValue = RuleState.Active;
        }
    }

    /// <summary>Removes rules: Revoke while the router drops them, then gone; if the router cannot, they stay as they were.</summary>
    public async Task RemoveAsync(CloudDbContext db, long networkId, IReadOnlyList<long> ruleIds, CancellationToken ct)
    {
        if (ruleIds.Count == 0)
        {
            return;
        }
        var previous = await db.FirewallRules.AsNoTracking().Where(r => ruleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.State, ct);
        await db.FirewallRules.Where(r => ruleIds.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RuleState.Revoke), ct);
        await routers.ApplyOrUndoAsync(db, networkId, async () =>
        {
            foreach (var (id, state) in previous)
            {
                await db.FirewallRules.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, state), ct);
            }
        }, ct);
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        await usage.ForwardingRulesAsync(db, db.FirewallRules.Where(r => ruleIds.Contains(r.Id)), added: false, ct);
        await db.SaveChangesAsync(ct);
        await db.FirewallRules.Where(r => ruleIds.Contains(r.Id)).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The rules that go with a rule: itself and the firewall rules opened for it.</summary>
    public static Task<List<long>> WithRelatedAsync(CloudDbContext db, long ruleId, CancellationToken ct) =>
        db.FirewallRules.Where(r => r.Id == ruleId || r.RelatedRuleId == ruleId).Select(r => r.Id).ToListAsync(ct);

    private static bool SameSet(string? a, string? b) =>
        RuleInputs.SplitCidrs(a).Order().SequenceEqual(RuleInputs.SplitCidrs(b).Order());
}
