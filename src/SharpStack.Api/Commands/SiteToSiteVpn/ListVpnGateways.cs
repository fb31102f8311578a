using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Commands.Vpcs;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.SiteToSiteVpn;

[ApiCommand("listVpnGateways")]
public sealed class ListVpnGateways(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var accounts = OwnedLists.AccountIds(ctx.Db, ctx.Caller, ctx.Params, ctx.Params.Has("id"));
        var query = ctx.Db.VpnGateways.AsNoTracking().Where(g => g.Removed == null && accounts.Contains(g.AccountId));
        if (p.Entity<VpnGateway>("id") is { } byId)
        {
            query = query.Where(g => g.Id == byId.Id);
        }
        if (p.Entity<Vpc>("vpcid") is { } vpc)
        {
            query = query.Where(g => g.VpcId == vpc.Id);
        }
        if (p.Bool("fordisplay") is { } display)
        {
            query = query.Where(g => g.ForDisplay == display);
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(g => g.Id), ctx.Cancellation);
        return ApiResult.List(await SiteToSiteResponses.VpnGatewaysAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
