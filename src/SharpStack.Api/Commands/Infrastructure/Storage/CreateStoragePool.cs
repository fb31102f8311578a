using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Storage;

/// <summary>
/// Adds primary storage for a cluster (podid + clusterid) or a whole zone (scope=zone with a
/// hypervisor). Simulator storage reports a simulated size; real pools report theirs through the
/// hosts' agents (until then capacitybytes gives it).
/// </summary>
[ApiCommand("createStoragePool")]
public sealed class CreateStoragePool(SettingsService settings) : IApiCommand
{
    public const long SimulatedCapacity = 1L << 40;

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var zone = p.RequiredEntity<Zone>("zoneid");
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Storage pool name");
        var (type, host, path) = StorageUrls.ParsePool(p.String("url")!);
        var scopeText = p.String("scope") ?? (p.Has("clusterid") ? "cluster" : "zone");
        var pod = p.Entity<Pod>("podid");
        var cluster = p.Entity<Cluster>("clusterid");
        StorageScope scope;
        HypervisorType hypervisor;
        if (scopeText.Equals("cluster", StringComparison.OrdinalIgnoreCase))
        {
            if (cluster is null || pod is null)
            {
                throw CloudException.InvalidParameter("A cluster-wide storage pool needs podid and clusterid");
            }
            if (cluster.PodId != pod.Id || pod.ZoneId != zone.Id)
            {
                throw CloudException.InvalidParameter($"Cluster {cluster.Name} is not in pod {pod.Name} of zone {zone.Name}");
            }
            scope = StorageScope.CLUSTER;
            hypervisor = cluster.Hypervisor;
        }
        else if (scopeText.Equals("zone", StringComparison.OrdinalIgnoreCase))
        {
            if (cluster is not null || pod is not null)
            {
                throw CloudException.InvalidParameter("A zone-wide storage pool takes no podid or clusterid");
            }
            scope = StorageScope.ZONE;
            hypervisor = InfrastructureRules.ParseHypervisor(p.String("hypervisor") ?? throw CloudException.InvalidParameter("A zone-wide storage pool needs its hypervisor"));
        }
        else
        {
            throw CloudException.InvalidParameter($"Invalid scope {scopeText}: use cluster or zone");
        }
        var lower = name.ToLowerInvariant();
        if (await ctx.Db.StoragePools.AnyAsync(x => x.ZoneId == zone.Id && x.Removed == null && x.Name.ToLower() == lower, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"A storage pool named {name} already exists in zone {zone.Name}");
        }
        var clusterId = cluster?.Id;
        if (await ctx.Db.StoragePools.AnyAsync(x => x.ZoneId == zone.Id && x.Removed == null && x.HostAddress == host && x.Path == path && x.ClusterId == clusterId, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"The storage {host}:{path} is already a pool here");
        }
        if (p.Long("capacitybytes") is < 0)
        {
            throw CloudException.InvalidParameter("capacitybytes cannot be negative");
        }
        var pool = new StoragePool
        {
            Name = name,
            ZoneId = zone.Id,
            PodId = pod?.Id,
            ClusterId = cluster?.Id,
            Scope = scope,
            PoolType = type,
            Url = p.String("url")!,
            HostAddress = host,
            Path = path,
            Hypervisor = hypervisor,
            CapacityBytes = p.Long("capacitybytes") ?? (hypervisor == HypervisorType.Simulator ? SimulatedCapacity : 0),
            Tags = p.String("tags") is { } tags ? Hosts.HostResponses.NormalizeTags(tags.Split(',')) : null,
            Created = ctx.Now,
        };
        ctx.Db.StoragePools.Add(pool);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        CapacityLedger.AddPool(ctx.Db, pool);
        ctx.Event(EventTypes.StoragePoolCreate, $"Successfully created storage pool {name}", "StoragePool", pool.Uuid, name);
        return ApiResult.Of(await StorageResponses.PoolAsync(ctx.Db, settings, pool, ctx.Cancellation));
    }
}
