using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Orchestration.Networks;

/// <summary>Which instances use security groups, the default group of an account, and an instance's groups.</summary>
public static class SecurityGroupMembership
{
    /// <summary>Whether instances on the network are protected by security groups: a Basic zone's network, or one whose offering has the SecurityGroup service.</summary>
    public static async Task<bool> IsSecurityGroupNetworkAsync(CloudDbContext db, Network network, CancellationToken ct)
    {
        var zoneType = await db.Zones.AsNoTracking().Where(z => z.Id == network.ZoneId).Select(z => z.NetworkType).FirstAsync(ct);
        if (zoneType == NetworkType.Basic)
        {
            return true;
        }
        var offering = await NetworkOrchestrator.OfferingAsync(db, network, ct);
        return offering?.Has(NetworkServices.SecurityGroup) == true;
    }

    /// <summary>Whether any of the networks uses security groups.</summary>
    public static async Task<bool> AnySecurityGroupNetworkAsync(CloudDbContext db, IEnumerable<Network> networks, CancellationToken ct)
    {
        foreach (var network in networks)
        {
            if (await IsSecurityGroupNetworkAsync(db, network, ct))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The account's "default" group, made on first need (no rules: no ingress, all egress).</summary>
    public static async Task<SecurityGroup> EnsureDefaultAsync(CloudDbContext db, Account account, DateTime now, CancellationToken ct)
    {
        if (await db.SecurityGroups.FirstOrDefaultAsync(g => g.AccountId == account.Id && g.Name == SecurityGroup.DefaultName, ct) is { } existing)
        {
            return existing;
        }
        var created = new SecurityGroup
        {
            Name = SecurityGroup.DefaultName,
            Description = SecurityGroup.DefaultDescription,
            AccountId = account.Id,
            DomainId = account.DomainId,
            Created = now,
        };
        return await Jobs.FirstInsert.AddOrFetchAsync(db, created, "default_security_group",
            () => db.SecurityGroups.FirstAsync(g => g.AccountId == account.Id && g.Name == SecurityGroup.DefaultName, ct), ct);
    }

    /// <summary>Makes the instance a member of exactly these groups, with a rule set record so hosts are told its rules.</summary>
    public static async Task SetGroupsAsync(CloudDbContext db, long vmId, IReadOnlyCollection<SecurityGroup> groups, CancellationToken ct)
    {
        if (groups.Count == 0)
        {
            throw CloudException.InvalidParameter("An instance in a security group enabled network needs at least one security group");
        }
        await db.SecurityGroupMembers.Where(m => m.VmId == vmId).ExecuteDeleteAsync(ct);
        db.SecurityGroupMembers.AddRange(groups.DistinctBy(g => g.Id).Select(g => new SecurityGroupMember { GroupId = g.Id, VmId = vmId }));
        if (!await db.SecurityGroupRuleSets.AnyAsync(s => s.VmId == vmId, ct))
        {
            db.SecurityGroupRuleSets.Add(new SecurityGroupRuleSet { VmId = vmId });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An expunged instance leaves its groups for good.</summary>
    public static async Task ForgetVmAsync(CloudDbContext db, long vmId, CancellationToken ct)
    {
        await db.SecurityGroupMembers.Where(m => m.VmId == vmId).ExecuteDeleteAsync(ct);
        await db.SecurityGroupRuleSets.Where(s => s.VmId == vmId).ExecuteDeleteAsync(ct);
    }
}
