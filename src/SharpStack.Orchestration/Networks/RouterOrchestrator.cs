using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Errors;
using SharpStack.Core.Events;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Data;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Orchestration.Networks;

/// <summary>
/// A guest network's virtual router: placed on an Up host of the zone, started with its whole
/// configuration document, told again (a newer document) whenever what it serves changes.
/// </summary>
public sealed class RouterOrchestrator(IHostCommandSender hosts, EventLog events, Security.SecretProtector secrets, TimeProvider time)
{
    /// <summary>The router serving a network: its own, or for a VPC tier the VPC's.</summary>
    public static async Task<Router?> OfNetworkAsync(CloudDbContext db, long networkId, CancellationToken ct)
    {
        var vpcId = await db.Networks.Where(n => n.Id == networkId).Select(n => n.VpcId).FirstOrDefaultAsync(ct);
        return vpcId is { } vpc
            ? await OfVpcAsync(db, vpc, ct)
            : await db.Routers.Where(r => r.NetworkId == networkId && r.Removed == null).OrderBy(r => r.Id).FirstOrDefaultAsync(ct);
    }

    public static Task<Router?> OfVpcAsync(CloudDbContext db, long vpcId, CancellationToken ct) =>
        db.Routers.Where(r => r.VpcId == vpcId && r.Removed == null).OrderBy(r => r.Id).FirstOrDefaultAsync(ct);

    /// <summary>Makes sure the network has a running router, creating and starting one if needed.</summary>
    public async Task<Router> EnsureRunningAsync(CloudDbContext db, Network network, EventActor actor, long? preferredHostId, CancellationToken ct)
    {
        var router = await OfNetworkAsync(db, network.Id, ct);
        if (router is { State: RouterState.Running })
        {
            return router;
        }
        if (router is null)
        {
            var ranges = await db.VlanIpRanges.AsNoTracking().Where(r => r.NetworkId == network.Id && r.Removed == null).ToListAsync(ct);
            router = await CreateAsync(db, new Router
            {
                Name = "pending-" + Guid.NewGuid().ToString("N"),
                NetworkId = network.Id,
                ZoneId = network.ZoneId,
                AccountId = network.AccountId,
                DomainId = network.DomainId,
                GuestIpAddress = GuestNetworks.RouterAddress(network, ranges),
            }, actor, $"network {network.Name}", ct);
        }
        await StartAsync(db, router, actor, preferredHostId, ct);
        return router;
    }

    /// <summary>Makes sure a VPC has its one running router, which serves all its tiers.</summary>
    public async Task<Router> EnsureVpcRouterAsync(CloudDbContext db, Vpc vpc, EventActor actor, long? preferredHostId, CancellationToken ct)
    {
        var router = await OfVpcAsync(db, vpc.Id, ct);
        if (router is { State: RouterState.Running })
        {
            return router;
        }
        router ??= await CreateAsync(db, new Router
        {
            Name = "pending-" + Guid.NewGuid().ToString("N"),
            VpcId = vpc.Id,
            ZoneId = vpc.ZoneId,
            AccountId = vpc.AccountId,
            DomainId = vpc.DomainId,
            IsRedundant = vpc.Redundant,
        }, actor, $"VPC {vpc.Name}", ct);
        await StartAsync(db, router, actor, preferredHostId, ct);
        return router;
    }

    private async Task<Router> CreateAsync(CloudDbContext db, Router router, EventActor actor, string servedName, CancellationToken ct)
    {
        router.ServiceOfferingId = await db.ServiceOfferings.AsNoTracking().Where(o => o.IsSystem && o.SystemVmType == "domainrouter" && o.Removed == null)
            .OrderBy(o => o.Id).Select(o => (long?)o.Id).FirstOrDefaultAsync(ct);
        router.Created = time.GetUtcNow().UtcDateTime;
        db.Routers.Add(router);
        await db.SaveChangesAsync(ct);
        router.Name = $"r-{router.Id}-VM";
        router.GuestMacAddress = RouterConfigs.MacFor(router.Id);
        router.LinkLocalIp = RouterConfigs.LinkLocalFor(router.Id);
        events.Add(db, actor, EventTypes.RouterCreate, $"Created router {router.Name} for {servedName}", "DomainRouter", router.Uuid, router.Name);
        await db.SaveChangesAsync(ct);
        return router;
    }

    /// <summary>Starts a stopped (or new) router on an Up host of its zone, trying each in turn.</summary>
    public async Task StartAsync(CloudDbContext db, Router router, EventActor actor, long? preferredHostId, CancellationToken ct)
    {
        router.State = RouterState.Starting;
        await db.SaveChangesAsync(ct);
        var candidates = await db.Hosts.AsNoTracking()
            .Where(h => h.ZoneId == router.ZoneId && h.Removed == null && h.Status == HostStatus.Up && h.ResourceState == ResourceState.Enabled && h.Type == "Routing")
            .OrderBy(h => h.Id).ToListAsync(ct);
        var ordered = candidates.OrderBy(h => h.Id == preferredHostId ? 0 : h.Id == router.HostId ? 1 : 2).ThenBy(h => h.Id).ToList();
        string? lastError = null;
        foreach (var host in ordered)
        {
            var version = await BumpVersionAsync(db, router, ct);
            var config = await RouterConfigs.BuildAsync(db, router, version, secrets.Unprotect, ct);
            var answer = await hosts.SendAsync(host, AgentProtocol.Commands.StartRouter, new StartRouterRequest(router.Name, router.Uuid.ToString(), config), ct);
            if (answer.Ok)
            {
                router.HostId = host.Id;
                router.PodId = host.PodId;
                router.State = RouterState.Running;
                Applied(router, config);
                events.Add(db, actor, EventTypes.RouterStart, $"Started router {router.Name} on host {host.Name}", "DomainRouter", router.Uuid, router.Name);
                await db.SaveChangesAsync(ct);
                return;
            }
            lastError = answer.Error;
        }
        router.State = RouterState.Stopped;
        events.Add(db, actor, EventTypes.RouterStart, $"Failed to start router {router.Name}: {lastError ?? "no Up host in the zone"}", "DomainRouter", router.Uuid, router.Name, EventLevel.Error);
        await db.SaveChangesAsync(ct);
        throw CloudException.ResourceUnavailable($"Unable to start the virtual router {router.Name} of the network: {lastError ?? "the zone has no Up host for it"}");
    }

    public async Task StopAsync(CloudDbContext db, Router router, EventActor actor, bool forced, CancellationToken ct)
    {
        if (router.HostId is { } hostId && await db.Hosts.AsNoTracking().FirstOrDefaultAsync(h => h.Id == hostId, ct) is { } host)
        {
            router.State = RouterState.Stopping;
            await db.SaveChangesAsync(ct);
            var answer = await hosts.SendAsync(host, AgentProtocol.Commands.StopRouter, new StopRouterRequest(router.Name), ct);
            if (!answer.Ok && !forced)
            {
                router.State = RouterState.Running;
                await db.SaveChangesAsync(ct);
                throw CloudException.ResourceUnavailable($"Unable to stop router {router.Name}: {answer.Error}");
            }
        }
        router.State = RouterState.Stopped;
        events.Add(db, actor, EventTypes.RouterStop, $"Stopped router {router.Name}", "DomainRouter", router.Uuid, router.Name);
        await db.SaveChangesAsync(ct);
    }

    public async Task DestroyAsync(CloudDbContext db, Router router, EventActor actor, CancellationToken ct)
    {
        if (router.State is RouterState.Running or RouterState.Starting or RouterState.Stopping)
        {
            await StopAsync(db, router, actor, forced: true, ct);
        }
        router.State = RouterState.Destroyed;
        router.Removed = time.GetUtcNow().UtcDateTime;
        router.HostId = null;
        events.Add(db, actor, EventTypes.RouterDestroy, $"Destroyed router {router.Name}", "DomainRouter", router.Uuid, router.Name);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Sends the network's router its current document, when it has a running one. A host that
    /// cannot apply it fails the operation: what the caller changed would otherwise not take effect.
    /// </summary>
    public async Task ApplyAsync(CloudDbContext db, long networkId, CancellationToken ct) =>
        await ApplyToRouterAsync(db, await OfNetworkAsync(db, networkId, ct),
            () => db.Networks.Where(n => n.Id == networkId).ExecuteUpdateAsync(s => s.SetProperty(n => n.RestartRequired, true), ct), ct);

    /// <summary>Sends a VPC's router its current document (see <see cref="ApplyAsync"/>).</summary>
    public async Task ApplyVpcAsync(CloudDbContext db, long vpcId, CancellationToken ct) =>
        await ApplyToRouterAsync(db, await OfVpcAsync(db, vpcId, ct),
            () => db.Vpcs.Where(v => v.Id == vpcId).ExecuteUpdateAsync(s => s.SetProperty(v => v.RestartRequired, true), ct), ct);

    /// <summary>Sends a VPC's router a change already saved, undoing it if the router cannot apply it (see <see cref="ApplyOrUndoAsync"/>).</summary>
    public async Task ApplyOrUndoVpcAsync(CloudDbContext db, long vpcId, Func<Task> undo, CancellationToken ct)
    {
        try
        {
            await ApplyVpcAsync(db, vpcId, ct);
        }
        catch (CloudException)
        {
            db.ChangeTracker.Clear();
            await undo();
            throw;
        }
    }

    private async Task ApplyToRouterAsync(CloudDbContext db, Router? router, Func<Task<int>> markRestartRequired, CancellationToken ct)
    {
        if (router is not { State: RouterState.Running, HostId: { } hostId })
        {
            return;
        }
        var host = await db.Hosts.AsNoTracking().FirstAsync(h => h.Id == hostId, ct);
        var version = await BumpVersionAsync(db, router, ct);
        var config = await RouterConfigs.BuildAsync(db, router, version, secrets.Unprotect, ct);
        var answer = await hosts.SendAsync(host, AgentProtocol.Commands.ApplyRouterConfig, new ApplyRouterConfigRequest(config), ct);
        if (!answer.Ok)
        {
            await markRestartRequired();
            throw CloudException.ResourceUnavailable($"The virtual router {router.Name} could not apply the change: {answer.Error}");
        }
        var json = JsonSerializer.Serialize(RouterConfigs.Redacted(config), AgentProtocol.Json);
        // Only a newer document replaces the record: concurrent changes may be answered out of order.
        await db.Routers.Where(r => r.Id == router.Id && r.AppliedConfigVersion < version)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AppliedConfigVersion, version).SetProperty(r => r.AppliedConfig, json), ct);
    }

    /// <summary>
    /// Sends the network's router a change already saved; if the router cannot apply it, the change
    /// is undone (the caller's tracked entities are dropped first) and the error thrown.
    /// </summary>
    public async Task ApplyOrUndoAsync(CloudDbContext db, long networkId, Func<Task> undo, CancellationToken ct)
    {
        try
        {
            await ApplyAsync(db, networkId, ct);
        }
        catch (CloudException)
        {
            db.ChangeTracker.Clear();
            await undo();
            throw;
        }
    }

    /// <summary>Sends the router its document where the change itself must stand: a router that cannot take it is left marked restart-required.</summary>
    public async Task TryApplyAsync(CloudDbContext db, long networkId, CancellationToken ct)
    {
        try
        {
            await ApplyAsync(db, networkId, ct);
        }
        catch (CloudException)
        {
            // ApplyAsync marked the network restart-required.
        }
    }

    /// <summary>Sends a VPC's router its document where the change itself must stand (see <see cref="TryApplyAsync"/>).</summary>
    public async Task TryApplyVpcAsync(CloudDbContext db, long vpcId, CancellationToken ct)
    {
        try
        {
            await ApplyVpcAsync(db, vpcId, ct);
        }
        catch (CloudException)
        {
            // ApplyVpcAsync marked the VPC restart-required.
        }
    }

    private static async Task<long> BumpVersionAsync(CloudDbContext db, Router router, CancellationToken ct)
    {
        await db.Routers.Where(r => r.Id == router.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ConfigVersion, r => r.ConfigVersion + 1), ct);
        return await db.Routers.Where(r => r.Id == router.Id).Select(r => r.ConfigVersion).FirstAsync(ct);
    }

    private static void Applied(Router router, RouterConfig config)
    {
        router.ConfigVersion = Math.Max(router.ConfigVersion, config.Version);
        router.AppliedConfigVersion = config.Version;
        router.AppliedConfig = JsonSerializer.Serialize(RouterConfigs.Redacted(config), AgentProtocol.Json);
    }
}
