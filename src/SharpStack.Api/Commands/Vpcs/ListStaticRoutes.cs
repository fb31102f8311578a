using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Vpcs;

[ApiCommand("listStaticRoutes")]
public sealed class ListStaticRoutes(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var accounts = OwnedLists.AccountIds(ctx.Db, ctx.Caller, ctx.Params, ctx.Params.Has("id"));
        var query = ctx.Db.StaticRoutes.AsNoTracking().Where(r => accounts.Contains(r.AccountId));
        if (p.Entity<StaticRoute>("id") is { } byId)
        {
            query = query.Where(r => r.Id == byId.Id);
        }
        if (p.Entity<Vpc>("vpcid") is { } vpc)
        {
            query = query.Where(r => r.VpcId == vpc.Id);
        }
        if (p.Entity<PrivateGateway>("gatewayid") is { } gateway)
        {
            query = query.Where(r => r.GatewayId == gateway.Id);
        }
        if (p.String("state") is { } state)
        {
            query = query.Where(r => r.State == state);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(r => r.Cidr.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(r => r.Id), ctx.Cancellation);
        return ApiResult.List(await GatewayResponses.StaticRoutesAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
