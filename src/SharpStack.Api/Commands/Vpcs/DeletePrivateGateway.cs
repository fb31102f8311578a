using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>Removes a private gateway that no static route uses; the VPC router drops it, or it stays.</summary>
[ApiCommand("deletePrivateGateway")]
public sealed class DeletePrivateGateway(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.PrivateGatewayDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var gateway = await CheckAsync(ctx);
        return new JobTarget("PrivateGateway", gateway.Uuid, $"Vpc:{await ctx.Db.Vpcs.Where(v => v.Id == gateway.VpcId).Select(v => v.Uuid).FirstAsync(ctx.Cancellation)}");
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var gateway = await CheckAsync(ctx);
        await ctx.Db.PrivateGateways.Where(g => g.Id == gateway.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.Removed, ctx.Now), ctx.Cancellation);
        await routers.ApplyOrUndoVpcAsync(ctx.Db, gateway.VpcId,
            () => ctx.Db.PrivateGateways.Where(g => g.Id == gateway.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.Removed, (DateTime?)null), ctx.Cancellation), ctx.Cancellation);
        ctx.Event(EventTypes.PrivateGatewayDelete, $"Deleted private gateway {gateway.IpAddress}", "PrivateGateway", gateway.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static async Task<PrivateGateway> CheckAsync(CommandContext ctx)
    {
        var gateway = ctx.Params.RequiredEntity<PrivateGateway>("id");
        if (await ctx.Db.StaticRoutes.AnyAsync(r => r.GatewayId == gateway.Id, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Can't delete private gateway {gateway.IpAddress}: static routes use it; delete them first");
        }
        return gateway;
    }
}
