using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Commands.Vpcs;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Security;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.SiteToSiteVpn;

[ApiCommand("listVpnCustomerGateways")]
public sealed class ListVpnCustomerGateways(SettingsService settings, SecretProtector secrets) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var accounts = OwnedLists.AccountIds(ctx.Db, ctx.Caller, ctx.Params, ctx.Params.Has("id"));
        var query = ctx.Db.VpnCustomerGateways.AsNoTracking().Where(g => g.Removed == null && accounts.Contains(g.AccountId));
        if (p.Entity<VpnCustomerGateway>("id") is { } byId)
        {
            query = query.Where(g => g.Id == byId.Id);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(g => g.Name.Contains(keyword) || g.Gateway.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(g => g.Id), ctx.Cancellation);
        return ApiResult.List(await SiteToSiteResponses.CustomerGatewaysAsync(ctx.Db, secrets, page, ctx.Cancellation), total);
    }
}
