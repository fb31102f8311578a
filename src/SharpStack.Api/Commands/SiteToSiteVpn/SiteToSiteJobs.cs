using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Networks;

namespace SharpStack.Api.Commands.SiteToSiteVpn;

internal static class SiteToSiteJobs
{
    /// <summary>Jobs on a VPN gateway and its connections run one at a time with the other changes of its VPC.</summary>
    public static async Task<JobTarget> TargetAsync(CommandContext ctx, VpnGateway gateway, Guid? instance = null) =>
        new("VpnGateway", instance ?? gateway.Uuid, $"Vpc:{await ctx.Db.Vpcs.Where(v => v.Id == gateway.VpcId).Select(v => v.Uuid).FirstAsync(ctx.Cancellation)}");

    /// <summary>The connection named by id and its VPN gateway.</summary>
    public static async Task<(VpnConnection Connection, VpnGateway Gateway)> ConnectionAsync(CommandContext ctx)
    {
        var connection = ctx.Params.RequiredEntity<VpnConnection>("id");
        return (connection, await ctx.Db.VpnGateways.AsNoTracking().FirstAsync(g => g.Id == connection.VpnGatewayId, ctx.Cancellation));
    }

    public static async Task<JobTarget> ConnectionTargetAsync(CommandContext ctx)
    {
        var (connection, gateway) = await ConnectionAsync(ctx);
        return await TargetAsync(ctx, gateway, connection.Uuid);
    }
}
