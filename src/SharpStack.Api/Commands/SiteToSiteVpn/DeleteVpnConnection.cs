using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.SiteToSiteVpn;

[ApiCommand("deleteVpnConnection")]
public sealed class DeleteVpnConnection(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.S2sConnectionDelete;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) => SiteToSiteJobs.ConnectionTargetAsync(ctx);

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (connection, gateway) = await SiteToSiteJobs.ConnectionAsync(ctx);
        await ctx.Db.VpnConnections.Where(c => c.Id == connection.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Removed, ctx.Now).SetProperty(c => c.State, VpnConnectionState.Removed), ctx.Cancellation);
        await routers.ApplyOrUndoVpcAsync(ctx.Db, gateway.VpcId,
            () => ctx.Db.VpnConnections.Where(c => c.Id == connection.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Removed, (DateTime?)null).SetProperty(c => c.State, connection.State), ctx.Cancellation), ctx.Cancellation);
        ctx.Event(EventTypes.S2sConnectionDelete, "Deleted VPN connection", "VpnConnection", connection.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }
}
