using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Networks;
using SharpStack.Data;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Orchestration.Networks;

/// <summary>
/// A VPC's lifecycle: started (its source NAT address and its one router), restarted (with cleanup a
/// new router), and deleted with its tiers, gateways, routes, VPN, ACL lists and addresses.
/// </summary>
public sealed class VpcOrchestrator(NetworkOrchestrator networks, RouterOrchestrator routers, ResourceLimiter limiter, EventLog events, UsageEvents usage, TimeProvider time)
{
    /// <summary>Gives the VPC its source NAT address (if it has none) and a running router.</summary>
    public Task StartAsync(CloudDbContext db, Vpc vpc, EventActor actor, CancellationToken ct, string? sourceNatIp = null) =>
        networks.ImplementVpcAsync(db, vpc, actor, null, sourceNatIp, ct);

    public async Task RestartAsync(CloudDbContext db, Vpc vpc, EventActor actor, bool cleanup, CancellationToken ct)
    {
        if (cleanup && await RouterOrchestrator.OfVpcAsync(db, vpc.Id, ct) is { } router)
        {
            await routers.DestroyAsync(db, router, actor, ct);
        }
        await StartAsync(db, vpc, actor, ct);
        await routers.ApplyVpcAsync(db, vpc.Id, ct);
        await db.Vpcs.Where(v => v.Id == vpc.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.RestartRequired, false), ct);
    }

    /// <summary>Deletes a VPC none of whose tiers has an instance left (536 otherwise).</summary>
    public async Task DestroyAsync(CloudDbContext db, Vpc vpc, EventActor actor, CancellationToken ct)
    {
        var tiers = await db.Networks.Where(n => n.VpcId == vpc.Id && n.Removed == null).ToListAsync(ct);
        var tierIds = tiers.Select(t => t.Id).ToList();
        var user = await db.Nics.AsNoTracking().Where(n => tierIds.Contains(n.NetworkId))
            .Join(db.VirtualMachines.AsNoTracking().Where(v => v.Removed == null), n => n.VmId, v => v.Id, (n, v) => v)
            .FirstOrDefaultAsync(ct);
        if (user is not null)
        {
            throw CloudException.InUse($"Can't delete VPC {vpc.Name}: instance {user.Name} in one of its tiers is {user.State}; expunge the tiers' instances first");
        }
        if (await db.Vpcs.Where(v => v.Id == vpc.Id && v.Removed == null && v.State == VpcState.Enabled)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.State, VpcState.Inactive), ct) != 1)
        {
            throw CloudException.InUse($"VPC {vpc.Name} is being deleted by another operation");
        }
        foreach (var tier in tiers)
        {
            await networks.DestroyAsync(db, tier, actor, ct);
        }
        var now = time.GetUtcNow().UtcDateTime;
        var vpnGateways = db.VpnGateways.Where(g => g.VpcId == vpc.Id && g.Removed == null).Select(g => g.Id);
        await db.VpnConnections.Where(c => vpnGateways.Contains(c.VpnGatewayId) && c.Removed == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Removed, now).SetProperty(c => c.State, VpnConnectionState.Removed), ct);
        await db.VpnGateways.Where(g => g.VpcId == vpc.Id && g.Removed == null).ExecuteUpdateAsync(s => s.SetProperty(g => g.Removed, now), ct);
        await db.StaticRoutes.Where(r => r.VpcId == vpc.Id).ExecuteDeleteAsync(ct);
        await db.PrivateGateways.Where(g => g.VpcId == vpc.Id && g.Removed == null).ExecuteUpdateAsync(s => s.SetProperty(g => g.Removed, now), ct);
        foreach (var router in await db.Routers.Where(r => r.VpcId == vpc.Id && r.Removed == null).ToListAsync(ct))
        {
            await routers.DestroyAsync(db, router, actor, ct);
        }
        foreach (var ip in await db.PublicIpAddresses.AsNoTracking().Where(a => a.VpcId == vpc.Id && a.State == PublicIpState.Allocated).ToListAsync(ct))
        {
            await networks.ReleaseAsync(db, ip, ct);
        }
        await db.NetworkAclLists.Where(a => a.VpcId == vpc.Id).ExecuteDeleteAsync(ct);
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        var owner = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == vpc.AccountId, ct);
        await limiter.DecrementAsync(db, owner, [(ResourceType.vpc, 1)], ct);
        await db.ResourceTags.Where(t => t.ResourceType == "Vpc" && t.ResourceId == vpc.Id).ExecuteDeleteAsync(ct);
        var tracked = await db.Vpcs.FirstAsync(v => v.Id == vpc.Id, ct);
        tracked.Removed = now;
        usage.Vpc(db, UsageEvents.VpcDelete, tracked);
        events.Add(db, actor, EventTypes.VpcDelete, $"Deleted VPC {vpc.Name}", "Vpc", vpc.Uuid, vpc.Name);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
