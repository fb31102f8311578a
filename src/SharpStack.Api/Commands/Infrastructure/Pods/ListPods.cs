using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Pods;

[ApiCommand("listPods")]
public sealed class ListPods(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.Pods.AsNoTracking().Where(x => x.Removed == null);
        if (p.Entity<Pod>("id") is { } byId)
        {
            query = query.Where(x => x.Id == byId.Id);
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            query = query.Where(x => x.ZoneId == zone.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(x => x.Name == name);
        }
        if (p.String("allocationstate") is { } stateText)
        {
            var state = InfrastructureRules.ParseAllocationState(stateText);
            query = query.Where(x => x.AllocationState == state);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(x => x.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(x => x.Id), ctx.Cancellation);
        return ApiResult.List(await PodQueries.ToResponsesAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
