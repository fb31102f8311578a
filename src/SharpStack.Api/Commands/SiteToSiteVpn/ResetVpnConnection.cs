using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;
using SharpStack.Orchestration.Security;

namespace SharpStack.Api.Commands.SiteToSiteVpn;

/// <summary>Resets a VPN connection: the VPC router is told its whole document again and the tunnel comes back up.</summary>
[ApiCommand("resetVpnConnection")]
public sealed class ResetVpnConnection(RouterOrchestrator routers, SecretProtector secrets) : IOrchestratedCommand
{
    public string EventType => EventTypes.S2sConnectionReset;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) => SiteToSiteJobs.ConnectionTargetAsync(ctx);

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (found, gateway) = await SiteToSiteJobs.ConnectionAsync(ctx);
        var connection = await ctx.Db.VpnConnections.FirstAsync(c => c.Id == found.Id, ctx.Cancellation);
        try
        {
            await routers.ApplyVpcAsync(ctx.Db, gateway.VpcId, ctx.Cancellation);
            connection.State = connection.Passive ? VpnConnectionState.Pending : VpnConnectionState.Connected;
        }
        catch (Core.Errors.CloudException)
        {
            connection.State = VpnConnectionState.Error;
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
            throw;
        }
        ctx.Event(EventTypes.S2sConnectionReset, "Reset VPN connection", "VpnConnection", connection.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await SiteToSiteResponses.ConnectionsAsync(ctx.Db, secrets, [connection], ctx.Cancellation))[0]);
    }
}
