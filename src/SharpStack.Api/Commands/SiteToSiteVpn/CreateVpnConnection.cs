using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Vpcs;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;
using SharpStack.Orchestration.Security;

namespace SharpStack.Api.Commands.SiteToSiteVpn;

/// <summary>
/// Connects a VPC's VPN gateway to a customer gateway of the same account; the VPC router brings the
/// IPsec tunnel up (Connected) or, when passive, waits for the peer (Pending).
/// </summary>
[ApiCommand("createVpnConnection")]
public sealed class CreateVpnConnection(RouterOrchestrator routers, SecretProtector secrets) : IOrchestratedCommand
{
    public string EventType => EventTypes.S2sConnectionCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (gateway, _, _) = await CheckAsync(ctx);
        return await SiteToSiteJobs.TargetAsync(ctx, gateway);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (gateway, customer, _) = await CheckAsync(ctx);
        var passive = ctx.Params.Flag("passive");
        var connection = new VpnConnection
        {
            VpnGatewayId = gateway.Id,
            CustomerGatewayId = customer.Id,
            AccountId = gateway.AccountId,
            DomainId = gateway.DomainId,
            Passive = passive,
            ForDisplay = ctx.Params.Bool("fordisplay") ?? true,
            Created = ctx.Now,
        };
        ctx.Db.VpnConnections.Add(connection);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await routers.ApplyOrUndoVpcAsync(ctx.Db, gateway.VpcId, () => ctx.Db.VpnConnections.Where(c => c.Id == connection.Id).ExecuteDeleteAsync(ctx.Cancellation), ctx.Cancellation);
        connection.State = passive ? VpnConnectionState.Pending : VpnConnectionState.Connected;
        ctx.Event(EventTypes.S2sConnectionCreate, $"Created VPN connection to {customer.Gateway}", "VpnConnection", connection.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await SiteToSiteResponses.ConnectionsAsync(ctx.Db, secrets, [connection], ctx.Cancellation))[0]);
    }

    private static async Task<(VpnGateway Gateway, VpnCustomerGateway Customer, Vpc Vpc)> CheckAsync(CommandContext ctx)
    {
        var gateway = ctx.Params.RequiredEntity<VpnGateway>("s2svpngatewayid");
        var customer = ctx.Params.RequiredEntity<VpnCustomerGateway>("s2scustomergatewayid");
        if (gateway.AccountId != customer.AccountId)
        {
            throw CloudException.InvalidParameter("The VPN gateway and the customer gateway must belong to the same account");
        }
        if (await ctx.Db.VpnConnections.AnyAsync(c => c.VpnGatewayId == gateway.Id && c.CustomerGatewayId == customer.Id && c.Removed == null, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"A VPN connection between this VPN gateway and customer gateway {customer.Name} already exists");
        }
        var vpc = await ctx.Db.Vpcs.AsNoTracking().FirstAsync(v => v.Id == gateway.VpcId, ctx.Cancellation);
        var peerCidrs = customer.Cidrs.Split(',');
        if (peerCidrs.FirstOrDefault(c => VpcCidrs.Overlap(c, vpc.Cidr)) is { } inside)
        {
            throw CloudException.InvalidParameter($"The customer gateway's subnet {inside} overlaps VPC {vpc.Name}'s cidr {vpc.Cidr}");
        }
        var others = await ctx.Db.VpnConnections.AsNoTracking().Where(c => c.VpnGatewayId == gateway.Id && c.Removed == null)
            .Join(ctx.Db.VpnCustomerGateways.AsNoTracking(), c => c.CustomerGatewayId, g => g.Id, (c, g) => g.Cidrs).ToListAsync(ctx.Cancellation);
        if (others.SelectMany(o => o.Split(',')).FirstOrDefault(o => peerCidrs.Any(c => VpcCidrs.Overlap(c, o))) is { } clash)
        {
            throw CloudException.InvalidParameter($"The customer gateway's subnets overlap {clash}, already reached by another connection of this VPN gateway");
        }
        return (gateway, customer, vpc);
    }
}
