using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpcs;

[ApiCommand("deleteStaticRoute")]
public sealed class DeleteStaticRoute(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.StaticRouteDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var route = ctx.Params.RequiredEntity<StaticRoute>("id");
        return new JobTarget("StaticRoute", route.Uuid, $"Vpc:{await ctx.Db.Vpcs.Where(v => v.Id == route.VpcId).Select(v => v.Uuid).FirstAsync(ctx.Cancellation)}");
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var route = ctx.Params.RequiredEntity<StaticRoute>("id");
        await ctx.Db.StaticRoutes.Where(r => r.Id == route.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, "Revoke"), ctx.Cancellation);
        await routers.ApplyOrUndoVpcAsync(ctx.Db, route.VpcId,
            () => ctx.Db.StaticRoutes.Where(r => r.Id == route.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, route.State), ctx.Cancellation), ctx.Cancellation);
        await ctx.Db.StaticRoutes.Where(r => r.Id == route.Id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Event(EventTypes.StaticRouteDelete, $"Deleted static route {route.Cidr}", "StaticRoute", route.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }
}
