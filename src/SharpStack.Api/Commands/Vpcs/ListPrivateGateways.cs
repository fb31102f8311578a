using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Vpcs;

[ApiCommand("listPrivateGateways")]
public sealed class ListPrivateGateways(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var accounts = OwnedLists.AccountIds(ctx.Db, ctx.Caller, ctx.Params, ctx.Params.Has("id"));
        var query = ctx.Db.PrivateGateways.AsNoTracking().Where(g => g.Removed == null && accounts.Contains(g.AccountId));
        if (p.Entity<PrivateGateway>("id") is { } byId)
        {
            query = query.Where(g => g.Id == byId.Id);
        }
        if (p.Entity<Vpc>("vpcid") is { } vpc)
        {
            query = query.Where(g => g.VpcId == vpc.Id);
        }
        if (p.String("ipaddress") is { } ip)
        {
            query = query.Where(g => g.IpAddress == ip);
        }
        if (p.String("vlan") is { } vlanText)
        {
            var broadcast = GuestVlans.VnetOf(vlanText) is { } vlan ? $"vlan://{vlan}" : vlanText;
            query = query.Where(g => g.BroadcastUri == broadcast);
        }
        if (p.String("state") is { } state)
        {
            query = query.Where(g => g.State == state);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(g => g.IpAddress.Contains(keyword) || g.Gateway.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(g => g.Id), ctx.Cancellation);
        return ApiResult.List(await GatewayResponses.PrivateGatewaysAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
