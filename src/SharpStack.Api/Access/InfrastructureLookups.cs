using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Api.Access;

public static class InfrastructureVisibility
{
    /// <summary>
    /// Root admins see every zone; others see enabled zones that are public or dedicated to a
    /// domain that contains theirs.
    /// </summary>
    public static IQueryable<Zone> VisibleZones(this CloudDbContext db, Caller caller)
    {
        var zones = db.Zones.Where(z => z.Removed == null);
        if (caller.IsRootAdmin)
        {
            return zones;
        }
        var path = caller.Domain.Path;
        var dedicatedToCaller = db.Domains.Where(d => path.StartsWith(d.Path)).Select(d => d.Id);
        return zones.Where(z => z.AllocationState == AllocationState.Enabled && (z.DomainId == null || dedicatedToCaller.Contains(z.DomainId.Value)));
    }
}

internal sealed class ZoneLookup : IEntityLookup
{
    public string Entity => "DataCenter";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleZones(caller).FirstOrDefaultAsync(z => z.Uuid == uuid, ct);
}

/// <summary>Looks up physical layout records for root admins only; nobody else may name them.</summary>
internal abstract class RootAdminLookup<T>(string entity, Func<CloudDbContext, IQueryable<T>> set, System.Linq.Expressions.Expression<Func<T, Guid>> uuid) : IEntityLookup
    where T : class
{
    public string Entity => entity;

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        if (!caller.IsRootAdmin)
        {
            return null;
        }
        var parameter = uuid.Parameters[0];
        var match = System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(
            System.Linq.Expressions.Expression.Equal(uuid.Body, System.Linq.Expressions.Expression.Constant(id)), parameter);
        return await set(db).FirstOrDefaultAsync(match, ct);
    }
}

internal sealed class PodLookup() : RootAdminLookup<Pod>("Pod", db => db.Pods.Where(p => p.Removed == null), p => p.Uuid);

internal sealed class ClusterLookup() : RootAdminLookup<Cluster>("Cluster", db => db.Clusters.Where(c => c.Removed == null), c => c.Uuid);

internal sealed class PhysicalNetworkLookup() : RootAdminLookup<PhysicalNetwork>("PhysicalNetwork", db => db.PhysicalNetworks.Where(n => n.Removed == null), n => n.Uuid);

internal sealed class TrafficTypeLookup() : RootAdminLookup<TrafficType>("PhysicalNetworkTrafficType", db => db.TrafficTypes, t => t.Uuid);

internal sealed class ServiceProviderLookup() : RootAdminLookup<NetworkServiceProvider>("PhysicalNetworkServiceProvider", db => db.NetworkServiceProviders, x => x.Uuid);

internal sealed class VirtualRouterElementLookup() : RootAdminLookup<VirtualRouterElement>("VirtualRouterProvider", db => db.VirtualRouterElements, e => e.Uuid);

internal sealed class VlanIpRangeLookup() : RootAdminLookup<VlanIpRange>("Vlan", db => db.VlanIpRanges.Where(v => v.Removed == null), v => v.Uuid);

internal sealed class HostLookup() : RootAdminLookup<Host>("Host", db => db.Hosts.Where(h => h.Removed == null), h => h.Uuid);

internal sealed class StoragePoolLookup() : RootAdminLookup<StoragePool>("StoragePool", db => db.StoragePools.Where(p => p.Removed == null), p => p.Uuid);

internal sealed class ImageStoreLookup() : RootAdminLookup<ImageStore>("ImageStore", db => db.ImageStores.Where(s => s.Removed == null), s => s.Uuid);

internal sealed class AlertLookup() : RootAdminLookup<Alert>("Alert", db => db.Alerts, a => a.Uuid);
