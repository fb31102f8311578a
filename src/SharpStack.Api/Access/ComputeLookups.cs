using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Compute;
using SharpStack.Core.Networks;
using SharpStack.Core.Storage;
using SharpStack.Data;

namespace SharpStack.Api.Access;

/// <summary>Instances, volumes and networks: visible to callers that can reach their owner.</summary>
public static class ComputeVisibility
{
    public static IQueryable<VirtualMachine> VisibleVms(this CloudDbContext db, Caller caller)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return db.VirtualMachines.Where(v => v.Removed == null && accounts.Contains(v.AccountId));
    }

    public static IQueryable<Volume> VisibleVolumes(this CloudDbContext db, Caller caller)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return db.Volumes.Where(v => v.Removed == null && accounts.Contains(v.AccountId));
    }

    /// <summary>Routers of networks whose owner the caller can reach (root admins: all).</summary>
    public static IQueryable<Router> VisibleRouters(this CloudDbContext db, Caller caller)
    {
        var live = db.Routers.Where(r => r.Removed == null);
        if (caller.IsRootAdmin)
        {
            return live;
        }
        var networks = db.VisibleNetworks(caller).Select(n => n.Id);
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return live.Where(r => (r.NetworkId != null && networks.Contains(r.NetworkId.Value)) || (r.VpcId != null && accounts.Contains(r.AccountId)));
    }

    /// <summary>Firewall, egress and port forwarding rules of accounts the caller can reach.</summary>
    public static IQueryable<FirewallRule> VisibleRules(this CloudDbContext db, Caller caller)
    {
        if (caller.IsRootAdmin)
        {
            return db.FirewallRules;
        }
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return db.FirewallRules.Where(r => accounts.Contains(r.AccountId));
    }

    /// <summary>Allocated public addresses of accounts the caller can reach; root admins see free ones too.</summary>
    public static IQueryable<PublicIpAddress> VisiblePublicIps(this CloudDbContext db, Caller caller)
    {
        if (caller.IsRootAdmin)
        {
            return db.PublicIpAddresses;
        }
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return db.PublicIpAddresses.Where(a => a.AccountId != null && accounts.Contains(a.AccountId.Value));
    }

    /// <summary>
    /// Networks of accounts the caller can reach, and domain-wide networks (shared networks, a Basic
    /// zone's network) of the caller's domain, of a domain above it that grants subdomain access, or
    /// (for a domain admin) of a domain below it.
    /// </summary>
    public static IQueryable<Network> VisibleNetworks(this CloudDbContext db, Caller caller)
    {
        var live = db.Networks.Where(n => n.Removed == null);
        if (caller.IsRootAdmin)
        {
            return live;
        }
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        var path = caller.Domain.Path;
        var ownDomain = caller.Domain.Id;
        var above = db.Domains.Where(d => path.StartsWith(d.Path)).Select(d => d.Id);
        var below = db.Domains.Where(d => d.Path.StartsWith(path)).Select(d => d.Id);
        var admin = caller.IsDomainAdmin;
        return live.Where(n => accounts.Contains(n.AccountId) ||
                               (n.AclType == "Domain" && (n.DomainId == ownDomain ||
                                                          (n.SubdomainAccess != false && above.Contains(n.DomainId)) ||
                                                          (admin && below.Contains(n.DomainId)))));
    }
}

internal sealed class VirtualMachineLookup : IEntityLookup
{
    public string Entity => "VirtualMachine";

    /// <summary>An instance, or for administrators a virtual router (upstream's router commands name them as VirtualMachine too).</summary>
    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleVms(caller).FirstOrDefaultAsync(v => v.Uuid == uuid, ct)
        ?? (caller.IsNormalUser ? null : await db.VisibleRouters(caller).FirstOrDefaultAsync(r => r.Uuid == uuid, ct) as object);
}

internal sealed class FirewallRuleLookup : IEntityLookup
{
    public string Entity => "FirewallRule";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleRules(caller).FirstOrDefaultAsync(r => r.Uuid == uuid, ct);
}

internal sealed class StickinessPolicyLookup : IEntityLookup
{
    public string Entity => "StickinessPolicy";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var rules = db.VisibleRules(caller).Select(r => r.Id);
        return await db.LbStickinessPolicies.FirstOrDefaultAsync(p => p.Uuid == uuid && !p.Revoke && rules.Contains(p.RuleId), ct);
    }
}

internal sealed class HealthCheckPolicyLookup : IEntityLookup
{
    public string Entity => "HealthCheckPolicy";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var rules = db.VisibleRules(caller).Select(r => r.Id);
        return await db.LbHealthCheckPolicies.FirstOrDefaultAsync(p => p.Uuid == uuid && !p.Revoke && rules.Contains(p.RuleId), ct);
    }
}

/// <summary>A nic is visible with its instance.</summary>
internal sealed class NicLookup : IEntityLookup
{
    public string Entity => "Nic";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var vms = db.VisibleVms(caller).Select(v => v.Id);
        return await db.Nics.FirstOrDefaultAsync(n => n.Uuid == uuid && vms.Contains(n.VmId), ct);
    }
}

/// <summary>A nic's secondary address is visible with its instance.</summary>
internal sealed class NicSecondaryIpLookup : IEntityLookup
{
    public string Entity => "NicSecondaryIp";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var vms = db.VisibleVms(caller).Select(v => v.Id);
        return await db.NicSecondaryIps.FirstOrDefaultAsync(s => s.Uuid == uuid && vms.Contains(s.VmId), ct);
    }
}

internal sealed class RemoteAccessVpnLookup : IEntityLookup
{
    public string Entity => "RemoteAccessVpn";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return await db.RemoteAccessVpns.FirstOrDefaultAsync(v => v.Uuid == uuid && v.State != VpnState.Removed && accounts.Contains(v.AccountId), ct);
    }
}

internal sealed class VpnUserLookup : IEntityLookup
{
    public string Entity => "VpnUser";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return await db.VpnUsers.FirstOrDefaultAsync(u => u.Uuid == uuid && u.State != VpnUserState.Revoke && accounts.Contains(u.AccountId), ct);
    }
}

internal sealed class PublicIpAddressLookup : IEntityLookup
{
    public string Entity => "IpAddress";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisiblePublicIps(caller).FirstOrDefaultAsync(a => a.Uuid == uuid, ct);
}

internal sealed class VolumeLookup : IEntityLookup
{
    public string Entity => "Volume";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleVolumes(caller).FirstOrDefaultAsync(v => v.Uuid == uuid, ct);
}

internal sealed class NetworkLookup : IEntityLookup
{
    public string Entity => "Network";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleNetworks(caller).FirstOrDefaultAsync(n => n.Uuid == uuid, ct);
}

internal sealed class SnapshotLookup : IEntityLookup
{
    public string Entity => "Snapshot";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return await db.Snapshots.FirstOrDefaultAsync(s => s.Uuid == uuid && s.Removed == null && accounts.Contains(s.AccountId), ct);
    }
}

/// <summary>A policy is visible with its volume.</summary>
internal sealed class SnapshotPolicyLookup : IEntityLookup
{
    public string Entity => "SnapshotPolicy";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var volumes = db.VisibleVolumes(caller).Select(v => v.Id);
        return await db.SnapshotPolicies.FirstOrDefaultAsync(p => p.Uuid == uuid && p.Removed == null && volumes.Contains(p.VolumeId), ct);
    }
}

internal sealed class VmSnapshotLookup : IEntityLookup
{
    public string Entity => "VMSnapshot";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return await db.VmSnapshots.FirstOrDefaultAsync(s => s.Uuid == uuid && s.Removed == null && accounts.Contains(s.AccountId), ct);
    }
}
