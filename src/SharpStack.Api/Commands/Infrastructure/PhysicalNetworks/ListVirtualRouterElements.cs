using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;

[ApiCommand("listVirtualRouterElements")]
public sealed class ListVirtualRouterElements(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = from e in ctx.Db.VirtualRouterElements.AsNoTracking()
                    join x in ctx.Db.NetworkServiceProviders.AsNoTracking() on e.ProviderId equals x.Id
                    select new { Element = e, Provider = x };
        if (p.Entity<VirtualRouterElement>("id") is { } byId)
        {
            query = query.Where(r => r.Element.Id == byId.Id);
        }
        if (p.Entity<NetworkServiceProvider>("nspid") is { } provider)
        {
            query = query.Where(r => r.Provider.Id == provider.Id);
        }
        if (p.Bool("enabled") is { } enabled)
        {
            query = query.Where(r => r.Element.Enabled == enabled);
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(r => r.Element.Id), ctx.Cancellation);
        return ApiResult.List(page.Select(r => PhysicalNetworkResponses.RouterElement(r.Element, r.Provider)).ToList(), total);
    }
}
