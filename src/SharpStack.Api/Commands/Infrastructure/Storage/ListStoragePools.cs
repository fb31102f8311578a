using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Storage;

[ApiCommand("listStoragePools")]
public sealed class ListStoragePools(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.StoragePools.AsNoTracking().Where(x => x.Removed == null);
        if (p.Entity<StoragePool>("id") is { } byId)
        {
            query = query.Where(x => x.Id == byId.Id);
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            query = query.Where(x => x.ZoneId == zone.Id);
        }
        if (p.Entity<Pod>("podid") is { } pod)
        {
            query = query.Where(x => x.PodId == pod.Id);
        }
        if (p.Entity<Cluster>("clusterid") is { } cluster)
        {
            query = query.Where(x => x.ClusterId == cluster.Id || (x.Scope == StorageScope.ZONE && x.ZoneId == cluster.ZoneId && x.Hypervisor == cluster.Hypervisor));
        }
        if (p.Entity<Host>("hostid") is { } host)
        {
            query = query.Where(x => x.ClusterId == host.ClusterId || (x.Scope == StorageScope.ZONE && x.ZoneId == host.ZoneId && x.Hypervisor == host.Hypervisor));
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(x => x.Name == name);
        }
        if (p.String("ipaddress") is { } ip)
        {
            query = query.Where(x => x.HostAddress == ip);
        }
        if (p.String("path") is { } path)
        {
            query = query.Where(x => x.Path == path);
        }
        if (p.String("scope") is { } scopeText)
        {
            if (!Enum.TryParse<StorageScope>(scopeText, ignoreCase: true, out var scope))
            {
                throw CloudException.InvalidParameter($"Invalid scope {scopeText}: use CLUSTER or ZONE");
            }
            query = query.Where(x => x.Scope == scope);
        }
        if (p.String("status") is { } statusText)
        {
            if (!Enum.TryParse<StoragePoolStatus>(statusText, ignoreCase: true, out var status))
            {
                throw CloudException.InvalidParameter($"Invalid status {statusText}: use Up, Maintenance, Disabled, ...");
            }
            query = query.Where(x => x.Status == status);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(x => x.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(x => x.Id), ctx.Cancellation);
        return ApiResult.List(await StorageResponses.PoolsAsync(ctx.Db, settings, page, ctx.Cancellation), total);
    }
}
