using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Rules;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpn;

[ApiCommand("deleteRemoteAccessVpn")]
public sealed class DeleteRemoteAccessVpn(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.VpnDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vpn = await FindAsync(ctx);
        var network = await ctx.Db.Networks.AsNoTracking().FirstAsync(n => n.Id == vpn.NetworkId, ctx.Cancellation);
        return RuleTargets.Target(network);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vpn = await FindAsync(ctx);
        await ctx.Db.RemoteAccessVpns.Where(v => v.Id == vpn.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.State, VpnState.Removed), ctx.Cancellation);
        await routers.ApplyOrUndoAsync(ctx.Db, vpn.NetworkId,
            () => ctx.Db.RemoteAccessVpns.Where(v => v.Id == vpn.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.State, vpn.State), ctx.Cancellation), ctx.Cancellation);
        await ctx.Db.RemoteAccessVpns.Where(v => v.Id == vpn.Id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Event(EventTypes.VpnDelete, "Deleted remote access VPN", "RemoteAccessVpn", vpn.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static async Task<RemoteAccessVpn> FindAsync(CommandContext ctx)
    {
        var ip = ctx.Params.RequiredEntity<PublicIpAddress>("publicipid");
        return await ctx.Db.RemoteAccessVpns.AsNoTracking().FirstOrDefaultAsync(v => v.IpAddressId == ip.Id, ctx.Cancellation)
               ?? throw CloudException.InvalidParameter($"There is no remote access VPN on IP address {ip.Address}");
    }
}
