using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Core.Offerings;
using SharpStack.Data;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Orchestration.Networks;

/// <summary>
/// Guest network lifecycle beyond its record: implementing it (guest VLAN, source NAT address,
/// virtual router) when its first instance starts or at creation for a persistent network,
/// shutting it down, restarting its router, and destroying it with everything it holds.
/// </summary>
public sealed class NetworkOrchestrator(RouterOrchestrator routers, ResourceLimiter limiter, EventLog events, UsageEvents usage, ServerIdentity server, TimeProvider time)
{
    private static readonly TimeSpan ImplementWait = TimeSpan.FromSeconds(120);

    public static Task<NetworkOffering?> OfferingAsync(CloudDbContext db, Network network, CancellationToken ct) =>
        network.NetworkOfferingId is { } id
            ? db.NetworkOfferings.AsNoTracking().Include(o => o.Services).FirstOrDefaultAsync(o => o.Id == id, ct)
            : Task.FromResult<NetworkOffering?>(null);

    /// <summary>Whether the network's services are given by a virtual router.</summary>
    public static bool NeedsRouter(NetworkOffering? offering) =>
        offering is not null && offering.Services.Any(s => s.Provider is NetworkServices.VirtualRouter or NetworkServices.VpcVirtualRouter);

    /// <summary>
    /// Makes the instance's networks ready before it starts: each implemented, and each router told
    /// the instance's address (its DHCP entry) before the instance boots.
    /// </summary>
    public async Task PrepareForVmAsync(CloudDbContext db, VirtualMachine vm, EventActor actor, CancellationToken ct)
    {
        var networkIds = await db.Nics.AsNoTracking().Where(n => n.VmId == vm.Id).Select(n => n.NetworkId).Distinct().ToListAsync(ct);
        foreach (var networkId in networkIds.Order())
        {
            var implementedNow = await ImplementAsync(db, networkId, actor, vm.LastHostId, ct);
            if (!implementedNow)
            {
                await routers.ApplyAsync(db, networkId, ct);
            }
        }
    }

    /// <summary>
    /// Implements an Allocated or Shutdown network; returns whether this call did (its router then
    /// already has the current document). One caller implements while concurrent ones wait for it.
    /// </summary>
    public async Task<bool> ImplementAsync(CloudDbContext db, long networkId, EventActor actor, long? preferredHostId, CancellationToken ct)
    {
        var deadline = time.GetUtcNow() + ImplementWait;
        while (true)
        {
            var claimed = await db.Networks
                .Where(n => n.Id == networkId && (n.State == NetworkState.Allocated || n.State == NetworkState.Shutdown || n.State == NetworkState.Setup))
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.State, NetworkState.Implementing).SetProperty(n => n.ImplementingServerId, server.Id), ct) == 1;
            if (claimed)
            {
                break;
            }
            var state = await db.Networks.AsNoTracking().Where(n => n.Id == networkId).Select(n => n.State).FirstAsync(ct);
            if (state == NetworkState.Implemented)
            {
                return false;
            }
            if (state is NetworkState.Destroy)
            {
                throw CloudException.InvalidParameter("The network is being deleted");
            }
            if (time.GetUtcNow() > deadline)
            {
                throw CloudException.ResourceUnavailable("The network is still being implemented by another operation; try again");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50), time, ct);
        }
        var network = await db.Networks.FirstAsync(n => n.Id == networkId, ct);
        db.Entry(network).Property(n => n.State).OriginalValue = NetworkState.Implementing;
        network.State = NetworkState.Implementing;
        try
        {
            await ImplementStepsAsync(db, network, actor, preferredHostId, ct);
            network.State = NetworkState.Implemented;
            network.ImplementingServerId = null;
            network.RestartRequired = false;
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch
        {
            db.ChangeTracker.Clear();
            await db.Networks.Where(n => n.Id == networkId && n.State == NetworkState.Implementing)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.State, NetworkState.Allocated).SetProperty(n => n.ImplementingServerId, (long?)null), ct);
            throw;
        }
    }

    private async Task ImplementStepsAsync(CloudDbContext db, Network network, EventActor actor, long? preferredHostId, CancellationToken ct)
    {
        var offering = await OfferingAsync(db, network, ct);
        var isBasic = network.DefaultKey is { } key && key.StartsWith("basic:", StringComparison.Ordinal);
        if (network.BroadcastUri is null && network.GuestType != GuestType.Shared && !isBasic)
        {
            var physical = await GuestPhysicalNetworkAsync(db, network, ct);
            var vnet = await GuestVlans.AllocateAsync(db, physical, network.Id, network.AccountId, time.GetUtcNow().UtcDateTime, ct);
            network.PhysicalNetworkId = physical.Id;
            network.BroadcastUri = GuestVlans.BroadcastUri(physical, vnet);
            await db.SaveChangesAsync(ct);
        }
        if (network.VpcId is { } vpcId)
        {
            // A VPC tier: the VPC holds the source NAT address, and its running router learns the new tier.
            var vpc = await db.Vpcs.AsNoTracking().FirstAsync(v => v.Id == vpcId, ct);
            await db.SaveChangesAsync(ct);
            await ImplementVpcAsync(db, vpc, actor, preferredHostId, null, ct);
            await routers.ApplyVpcAsync(db, vpcId, ct);
            return;
        }
        if (offering?.Has(NetworkServices.SourceNat) == true && !await db.PublicIpAddresses.AnyAsync(a => a.NetworkId == network.Id && a.IsSourceNat, ct))
        {
            var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == network.AccountId, ct);
            await AssociateAsync(db, network.ZoneId, account, network.Id, sourceNat: true, wanted: null, ct);
        }
        if (NeedsRouter(offering) && !isBasic)
        {
            await routers.EnsureRunningAsync(db, network, actor, preferredHostId, ct);
        }
    }

    /// <summary>Gives a VPC its source NAT address (if it has none; the one asked for, if given) and a running router.</summary>
    public async Task ImplementVpcAsync(CloudDbContext db, Vpc vpc, EventActor actor, long? preferredHostId, string? sourceNatIp, CancellationToken ct)
    {
        if (!await db.PublicIpAddresses.AnyAsync(a => a.VpcId == vpc.Id && a.IsSourceNat && a.State == PublicIpState.Allocated, ct))
        {
            var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == vpc.AccountId, ct);
            await AssociateAsync(db, vpc.ZoneId, account, null, sourceNat: true, wanted: sourceNatIp, ct, vpc.Id);
        }
        await routers.EnsureVpcRouterAsync(db, vpc, actor, preferredHostId, ct);
    }

    /// <summary>The physical network that carries the network's guest traffic.</summary>
    public static async Task<PhysicalNetwork> GuestPhysicalNetworkAsync(CloudDbContext db, Network network, CancellationToken ct)
    {
        if (network.PhysicalNetworkId is { } id)
        {
            return await db.PhysicalNetworks.AsNoTracking().FirstAsync(p => p.Id == id, ct);
        }
        var guestCarriers = db.TrafficTypes.Where(t => t.Kind == TrafficKind.Guest).Select(t => t.PhysicalNetworkId);
        return await db.PhysicalNetworks.AsNoTracking().Where(p => p.ZoneId == network.ZoneId && p.Removed == null)
                   .OrderBy(p => guestCarriers.Contains(p.Id) ? 0 : 1).ThenBy(p => p.Id).FirstOrDefaultAsync(ct)
               ?? throw CloudException.InsufficientVirtualNetworkCapacity($"Zone id={network.ZoneId} has no physical network for guest traffic: add one with a guest VLAN range");
    }

    /// <summary>Gives the account a public address of the zone, counted against its public_ip limit, for a network (or none yet).</summary>
    public async Task<PublicIpAddress> AssociateAsync(CloudDbContext db, long zoneId, Account account, long? networkId, bool sourceNat, string? wanted, CancellationToken ct, long? vpcId = null)
    {
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        await limiter.IncrementAsync(db, account, [(ResourceType.public_ip, 1)], ct);
        var ip = await PublicAddresses.AllocateAsync(db, zoneId, account, networkId, sourceNat, time.GetUtcNow().UtcDateTime, ct, wanted);
        ip.VpcId = vpcId;
        usage.PublicIp(db, UsageEvents.IpAssign, ip, account.Id, account.DomainId);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ip;
    }

    /// <summary>Takes an address back from its account, with its rules and static NAT.</summary>
    public async Task ReleaseAsync(CloudDbContext db, PublicIpAddress ip, CancellationToken ct)
    {
        if (ip.AccountId is not { } accountId)
        {
            return;
        }
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        await usage.ForwardingRulesAsync(db, db.FirewallRules.Where(r => r.IpAddressId == ip.Id), added: false, ct);
        await db.SaveChangesAsync(ct);
        await db.FirewallRules.Where(r => r.IpAddressId == ip.Id).ExecuteDeleteAsync(ct);
        await db.RemoteAccessVpns.Where(v => v.IpAddressId == ip.Id).ExecuteDeleteAsync(ct);
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == accountId, ct);
        usage.PublicIp(db, UsageEvents.IpRelease, ip, account.Id, account.DomainId);
        await db.SaveChangesAsync(ct);
        await PublicAddresses.ReleaseAsync(db, ip.Id, ct);
        await limiter.DecrementAsync(db, account, [(ResourceType.public_ip, 1)], ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Ends an address's static NAT; the router drops it, or the mapping stays if the router cannot.</summary>
    public async Task DisableStaticNatAsync(CloudDbContext db, PublicIpAddress ip, CancellationToken ct)
    {
        var (vmId, vmIp) = (ip.StaticNatVmId, ip.StaticNatVmIp);
        await db.PublicIpAddresses.Where(a => a.Id == ip.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.StaticNatVmId, (long?)null).SetProperty(a => a.StaticNatVmIp, (string?)null), ct);
        if (ip.NetworkId is not { } networkId)
        {
            return;
        }
        await routers.ApplyOrUndoAsync(db, networkId, () => db.PublicIpAddresses.Where(a => a.Id == ip.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.StaticNatVmId, vmId).SetProperty(a => a.StaticNatVmIp, vmIp), ct), ct);
    }

    /// <summary>
    /// An expunged instance's port forwarding rules, load balancer memberships and static NAT go; routers are told where they
    /// run (a router that cannot be told is marked for restart rather than failing the expunge).
    /// </summary>
    public async Task ForgetVmAsync(CloudDbContext db, long vmId, IReadOnlyCollection<long> networkIds, CancellationToken ct)
    {
        await db.LoadBalancerMembers.Where(m => m.VmId == vmId).ExecuteDeleteAsync(ct);
        var forwarded = await db.FirewallRules.Where(r => r.VmId == vmId).Select(r => r.Id).ToListAsync(ct);
        await usage.ForwardingRulesAsync(db, db.FirewallRules.Where(r => forwarded.Contains(r.Id)), added: false, ct);
        await db.SaveChangesAsync(ct);
        await db.FirewallRules.Where(r => forwarded.Contains(r.Id) || (r.RelatedRuleId != null && forwarded.Contains(r.RelatedRuleId.Value))).ExecuteDeleteAsync(ct);
        await db.PublicIpAddresses.Where(a => a.StaticNatVmId == vmId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.StaticNatVmId, (long?)null).SetProperty(a => a.StaticNatVmIp, (string?)null), ct);
        foreach (var networkId in networkIds)
        {
            await routers.TryApplyAsync(db, networkId, ct);
        }
    }

    /// <summary>Restarts the network's services: the router gets the current document again, or with cleanup a new router.</summary>
    public async Task RestartAsync(CloudDbContext db, Network network, EventActor actor, bool cleanup, CancellationToken ct)
    {
        if (network.State != NetworkState.Implemented)
        {
            if (network.State is NetworkState.Allocated or NetworkState.Setup or NetworkState.Shutdown)
            {
                // Nothing runs for it yet: there is nothing to restart.
                network.RestartRequired = false;
                await db.SaveChangesAsync(ct);
                return;
            }
            throw CloudException.InvalidParameter($"Network {network.Name} is {network.State}; it can be restarted when Implemented");
        }
        var router = await RouterOrchestrator.OfNetworkAsync(db, network.Id, ct);
        if (router is not null && cleanup && network.VpcId is null)
        {
            await routers.DestroyAsync(db, router, actor, ct);
        }
        // Whatever the offering now asks for (source NAT address, a running router) is made again if missing.
        await ImplementStepsAsync(db, network, actor, router?.HostId, ct);
        await routers.ApplyAsync(db, network.Id, ct);
        network.RestartRequired = false;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Deletes a network no instance uses any more: its router, addresses, VLAN and IP ranges go,
    /// and the owner's network count drops.
    /// </summary>
    public async Task DestroyAsync(CloudDbContext db, Network network, EventActor actor, CancellationToken ct)
    {
        var users = await db.Nics.AsNoTracking().Where(n => n.NetworkId == network.Id)
            .Join(db.VirtualMachines.AsNoTracking().Where(v => v.Removed == null), n => n.VmId, v => v.Id, (n, v) => v)
            .ToListAsync(ct);
        if (users.Count > 0)
        {
            throw CloudException.InUse($"Can't delete the network, not all user vms are expunged. Vm {users[0].Name} is in {users[0].State} state");
        }
        var previous = network.State;
        if (await db.Networks.Where(n => n.Id == network.Id && n.State == previous).ExecuteUpdateAsync(s => s.SetProperty(n => n.State, NetworkState.Destroy), ct) != 1)
        {
            throw CloudException.InUse($"Network {network.Name} is being changed by another operation; try again");
        }
        db.Entry(network).Property(n => n.State).OriginalValue = NetworkState.Destroy;
        network.State = NetworkState.Destroy;
        foreach (var router in await db.Routers.Where(r => r.NetworkId == network.Id && r.Removed == null).ToListAsync(ct))
        {
            await routers.DestroyAsync(db, router, actor, ct);
        }
        if (network.VpcId is not null)
        {
            // A VPC's addresses stay with the VPC; the tier's rules go with it.
            await db.FirewallRules.Where(r => r.NetworkId == network.Id).ExecuteDeleteAsync(ct);
            await db.PublicIpAddresses.Where(a => a.NetworkId == network.Id && a.VpcId != null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.NetworkId, (long?)null).SetProperty(a => a.StaticNatVmId, (long?)null).SetProperty(a => a.StaticNatVmIp, (string?)null), ct);
        }
        foreach (var ip in await db.PublicIpAddresses.AsNoTracking().Where(a => a.NetworkId == network.Id && a.State == PublicIpState.Allocated).ToListAsync(ct))
        {
            await ReleaseAsync(db, ip, ct);
        }
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        await GuestVlans.ReleaseAsync(db, network.Id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        await db.VlanIpRanges.Where(r => r.NetworkId == network.Id && r.Removed == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.Removed, now), ct);
        await db.Nics.Where(n => n.NetworkId == network.Id).ExecuteDeleteAsync(ct);
        await db.ResourceTags.Where(t => t.ResourceType == "Network" && t.ResourceId == network.Id).ExecuteDeleteAsync(ct);
        if (network.GuestType == GuestType.Isolated && network.AccountId != Account.SystemId)
        {
            var owner = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == network.AccountId, ct);
            await limiter.DecrementAsync(db, owner, [(ResourceType.network, 1)], ct);
        }
        network.Removed = now;
        network.DefaultKey = null;
        network.BroadcastUri = network.GuestType == GuestType.Isolated ? null : network.BroadcastUri;
        events.Add(db, actor, EventTypes.NetworkDelete, $"Deleted network {network.Name}", "Network", network.Uuid, network.Name);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (network.VpcId is { } vpcId)
        {
            await routers.TryApplyVpcAsync(db, vpcId, ct);
        }
    }
}
