using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.SiteToSiteVpn;

[ApiCommand("deleteVpnCustomerGateway")]
public sealed class DeleteVpnCustomerGateway : IAsyncApiCommand
{
    public string EventType => EventTypes.S2sCustomerGatewayDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx) => JobTarget.For("VpnCustomerGateway", (await CheckAsync(ctx)).Uuid);

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var gateway = await CheckAsync(ctx);
        await ctx.Db.VpnCustomerGateways.Where(g => g.Id == gateway.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.Removed, ctx.Now), ctx.Cancellation);
        ctx.Event(EventTypes.S2sCustomerGatewayDelete, $"Deleted VPN customer gateway {gateway.Name}", "VpnCustomerGateway", gateway.Uuid, gateway.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static async Task<VpnCustomerGateway> CheckAsync(CommandContext ctx)
    {
        var gateway = ctx.Params.RequiredEntity<VpnCustomerGateway>("id");
        if (await ctx.Db.VpnConnections.AnyAsync(c => c.CustomerGatewayId == gateway.Id && c.Removed == null, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Unable to delete VPN customer gateway {gateway.Name}: VPN connections still use it");
        }
        return gateway;
    }
}
