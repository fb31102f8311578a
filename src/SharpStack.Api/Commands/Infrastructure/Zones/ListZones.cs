using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Commands.Infrastructure.Capacity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Zones;

[ApiCommand("listZones")]
public sealed class ListZones(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.VisibleZones(ctx.Caller).AsNoTracking();
        if (p.Entity<Zone>("id") is { } byId)
        {
            query = query.Where(z => z.Id == byId.Id);
        }
        var ids = p.EntityList<Zone>("ids").Select(z => z.Id).ToList();
        if (ids.Count > 0)
        {
            query = query.Where(z => ids.Contains(z.Id));
        }
        if (p.Flag("available"))
        {
            query = query.Where(z => z.AllocationState == AllocationState.Enabled);
        }
        if (p.Entity<Domain>("domainid") is { } domain)
        {
            query = query.Where(z => z.DomainId == domain.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(z => z.Name == name);
        }
        if (p.String("networktype") is { } typeText)
        {
            if (!Enum.TryParse<NetworkType>(typeText, ignoreCase: true, out var type))
            {
                throw CloudException.InvalidParameter($"Invalid network type {typeText}: use Basic or Advanced");
            }
            query = query.Where(z => z.NetworkType == type);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(z => z.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(z => z.Id), ctx.Cancellation);
        var responses = await ZoneQueries.ToResponsesAsync(ctx, page);
        if (p.Flag("showcapacities") && ctx.Caller.IsRootAdmin)
        {
            for (var i = 0; i < page.Count; i++)
            {
                var rows = await CapacityReport.ComputeAsync(ctx.Db, settings, CapacityReport.Level.Zone, page[i].Id, null, null, ctx.Cancellation);
                responses[i].Add("capacity", await CapacityReport.ToResponsesAsync(ctx.Db, rows.OrderBy(r => (int)r.Type).ToList(), ctx.Cancellation));
            }
        }
        return ApiResult.List(responses, total);
    }
}
