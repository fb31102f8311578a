using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Security;

namespace SharpStack.Api.Commands.SiteToSiteVpn;

/// <summary>Changes a customer gateway, as upstream only while none of its connections is up (all Error or Disconnected).</summary>
[ApiCommand("updateVpnCustomerGateway")]
public sealed class UpdateVpnCustomerGateway(SecretProtector secrets) : IAsyncApiCommand
{
    public string EventType => EventTypes.S2sCustomerGatewayUpdate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var gateway = await LoadAsync(ctx);
        ctx.Db.ChangeTracker.Clear();
        return JobTarget.For("VpnCustomerGateway", gateway.Uuid);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var gateway = await LoadAsync(ctx);
        ctx.Event(EventTypes.S2sCustomerGatewayUpdate, $"Updated VPN customer gateway {gateway.Name}", "VpnCustomerGateway", gateway.Uuid, gateway.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await SiteToSiteResponses.CustomerGatewaysAsync(ctx.Db, secrets, [gateway], ctx.Cancellation))[0]);
    }

    private async Task<VpnCustomerGateway> LoadAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<VpnCustomerGateway>("id");
        if (await ctx.Db.VpnConnections.AnyAsync(c => c.CustomerGatewayId == found.Id && c.Removed == null &&
                                                      c.State != VpnConnectionState.Error && c.State != VpnConnectionState.Disconnected, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Unable to update customer gateway {found.Name}: it has VPN connections that are not in Error or Disconnected state");
        }
        var gateway = await ctx.Db.VpnCustomerGateways.FirstAsync(g => g.Id == found.Id, ctx.Cancellation);
        var owner = await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == gateway.AccountId, ctx.Cancellation);
        await CustomerGatewayInputs.ApplyAsync(ctx, secrets, gateway, owner);
        return gateway;
    }
}
