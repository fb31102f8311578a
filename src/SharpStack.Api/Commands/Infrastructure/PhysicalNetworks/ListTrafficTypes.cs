using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;

[ApiCommand("listTrafficTypes")]
public sealed class ListTrafficTypes(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var network = ctx.Params.RequiredEntity<PhysicalNetwork>("physicalnetworkid");
        var all = await ctx.Db.TrafficTypes.AsNoTracking().Where(t => t.PhysicalNetworkId == network.Id).OrderBy(t => t.Id).ToListAsync(ctx.Cancellation);
        if (ctx.Params.String("keyword") is { } keyword)
        {
            all = all.Where(t => t.Kind.ToString().Contains(keyword, StringComparison.OrdinalIgnoreCase)).ToList();
        }
        var paging = await Paging.FromAsync(ctx.Params, settings, ctx.Cancellation);
        return ApiResult.List(paging.Apply(all).Select(t => PhysicalNetworkResponses.Traffic(t, network)).ToList(), all.Count);
    }
}
