using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;

[ApiCommand("listNetworkServiceProviders")]
public sealed class ListNetworkServiceProviders(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var live = ctx.Db.PhysicalNetworks.Where(n => n.Removed == null).Select(n => n.Id);
        var query = ctx.Db.NetworkServiceProviders.AsNoTracking().Where(x => live.Contains(x.PhysicalNetworkId));
        if (p.Entity<PhysicalNetwork>("physicalnetworkid") is { } network)
        {
            query = query.Where(x => x.PhysicalNetworkId == network.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(x => x.Name == name);
        }
        if (p.String("state") is { } stateText)
        {
            if (!Enum.TryParse<ProviderState>(stateText, ignoreCase: true, out var state))
            {
                throw CloudException.InvalidParameter($"Invalid state {stateText}: use Enabled, Disabled or Shutdown");
            }
            query = query.Where(x => x.State == state);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(x => x.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(x => x.Id), ctx.Cancellation);
        var networkIds = page.Select(x => x.PhysicalNetworkId).Distinct().ToList();
        var networks = await ctx.Db.PhysicalNetworks.AsNoTracking().Where(n => networkIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, ctx.Cancellation);
        return ApiResult.List(page.Select(x => PhysicalNetworkResponses.Provider(x, networks[x.PhysicalNetworkId])).ToList(), total);
    }
}
