using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;

[ApiCommand("listPhysicalNetworks")]
public sealed class ListPhysicalNetworks(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.PhysicalNetworks.AsNoTracking().Where(n => n.Removed == null);
        if (p.Entity<PhysicalNetwork>("id") is { } byId)
        {
            query = query.Where(n => n.Id == byId.Id);
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            query = query.Where(n => n.ZoneId == zone.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(n => n.Name == name);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(n => n.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(n => n.Id), ctx.Cancellation);
        return ApiResult.List(await PhysicalNetworkResponses.NetworksAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
