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

[ApiCommand("listVpnConnections")]
public sealed class ListVpnConnections(SettingsService settings, SecretProtector secrets) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var accounts = OwnedLists.AccountIds(ctx.Db, ctx.Caller, ctx.Params, ctx.Params.Has("id"));
        var query = ctx.Db.VpnConnections.AsNoTracking().Where(c => c.Removed == null && accounts.Contains(c.AccountId));
        if (p.Entity<VpnConnection>("id") is { } byId)
        {
            query = query.Where(c => c.Id == byId.Id);
        }
        if (p.Entity<Vpc>("vpcid") is { } vpc)
        {
            query = query.Where(c => ctx.Db.VpnGateways.Any(g => g.Id == c.VpnGatewayId && g.VpcId == vpc.Id));
        }
        if (p.Bool("fordisplay") is { } display)
        {
            query = query.Where(c => c.ForDisplay == display);
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(c => c.Id), ctx.Cancellation);
        return ApiResult.List(await SiteToSiteResponses.ConnectionsAsync(ctx.Db, secrets, page, ctx.Cancellation), total);
    }
}
