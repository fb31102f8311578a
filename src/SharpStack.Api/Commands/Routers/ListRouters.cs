using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Routers;

/// <summary>Lists guest networks' virtual routers (administrators).</summary>
[ApiCommand("listRouters")]
public sealed class ListRouters(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.VisibleRouters(ctx.Caller).AsNoTracking();
        if (p.Entity<object>("id") is { } found)
        {
            var id = found is Router router ? router.Id : -1;
            query = query.Where(r => r.Id == id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(r => r.Name == name);
        }
        if (p.String("state") is { } stateText)
        {
            var state = Enum.TryParse<RouterState>(stateText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw CloudException.InvalidParameter($"Invalid state {stateText}");
            query = query.Where(r => r.State == state);
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            query = query.Where(r => r.ZoneId == zone.Id);
        }
        if (p.Entity<Pod>("podid") is { } pod)
        {
            query = query.Where(r => r.PodId == pod.Id);
        }
        if (p.Entity<Host>("hostid") is { } host)
        {
            query = query.Where(r => r.HostId == host.Id);
        }
        if (p.Entity<Cluster>("clusterid") is { } cluster)
        {
            query = query.Where(r => ctx.Db.Hosts.Any(h => h.Id == r.HostId && h.ClusterId == cluster.Id));
        }
        if (p.Entity<Network>("networkid") is { } network)
        {
            query = network.VpcId is { } tierVpc ? query.Where(r => r.VpcId == tierVpc) : query.Where(r => r.NetworkId == network.Id);
        }
        if (p.Entity<Vpc>("vpcid") is { } vpc)
        {
            query = query.Where(r => r.VpcId == vpc.Id);
        }
        if (p.Bool("forvpc") is { } forVpc)
        {
            query = query.Where(r => (r.VpcId != null) == forVpc);
        }
        if (p.String("version") is { } version)
        {
            query = query.Where(r => r.Version == version);
        }
        if (p.Flag("healthchecksfailed"))
        {
            query = query.Where(r => false);
        }
        if (OwnedLists.NamesOwner(p))
        {
            var accounts = OwnedLists.AccountIds(ctx.Db, ctx.Caller, p, false);
            query = query.Where(r => accounts.Contains(r.AccountId));
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(r => r.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(r => r.Id), ctx.Cancellation);
        return ApiResult.List(await RouterResponses.ToResponsesAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
