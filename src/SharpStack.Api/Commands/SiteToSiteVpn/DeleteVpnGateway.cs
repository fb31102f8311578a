using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.SiteToSiteVpn;

[ApiCommand("deleteVpnGateway")]
public sealed class DeleteVpnGateway(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.S2sVpnGatewayDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx) => await SiteToSiteJobs.TargetAsync(ctx, await CheckAsync(ctx));

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var gateway = await CheckAsync(ctx);
        await ctx.Db.VpnGateways.Where(g => g.Id == gateway.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.Removed, ctx.Now), ctx.Cancellation);
        await routers.ApplyOrUndoVpcAsync(ctx.Db, gateway.VpcId,
            () => ctx.Db.VpnGateways.Where(g => g.Id == gateway.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.Removed, (DateTime?)null), ctx.Cancellation), ctx.Cancellation);
        ctx.Event(EventTypes.S2sVpnGatewayDelete, "Deleted VPN gateway", "VpnGateway", gateway.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static async Task<VpnGateway> CheckAsync(CommandContext ctx)
    {
        var gateway = ctx.Params.RequiredEntity<VpnGateway>("id");
        if (await ctx.Db.VpnConnections.AnyAsync(c => c.VpnGatewayId == gateway.Id && c.Removed == null, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter("Unable to delete the VPN gateway: VPN connections still use it");
        }
        return gateway;
    }
}
