using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Vpcs;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.SiteToSiteVpn;

/// <summary>Gives a VPC its site-to-site VPN end on its source NAT address (one per VPC, as upstream).</summary>
[ApiCommand("createVpnGateway")]
public sealed class CreateVpnGateway(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.S2sVpnGatewayCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (vpc, _) = await CheckAsync(ctx);
        return VpcJobs.Target(vpc) with { InstanceType = "VpnGateway", InstanceUuid = null };
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (vpc, ip) = await CheckAsync(ctx);
        var gateway = new VpnGateway
        {
            VpcId = vpc.Id,
            IpAddressId = ip.Id,
            AccountId = vpc.AccountId,
            DomainId = vpc.DomainId,
            ForDisplay = ctx.Params.Bool("fordisplay") ?? true,
            Created = ctx.Now,
        };
        ctx.Db.VpnGateways.Add(gateway);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await routers.ApplyOrUndoVpcAsync(ctx.Db, vpc.Id, () => ctx.Db.VpnGateways.Where(g => g.Id == gateway.Id).ExecuteDeleteAsync(ctx.Cancellation), ctx.Cancellation);
        ctx.Event(EventTypes.S2sVpnGatewayCreate, $"Created VPN gateway of VPC {vpc.Name} on {ip.Address}", "VpnGateway", gateway.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await SiteToSiteResponses.VpnGatewaysAsync(ctx.Db, [gateway], ctx.Cancellation))[0]);
    }

    private static async Task<(Vpc Vpc, PublicIpAddress Ip)> CheckAsync(CommandContext ctx)
    {
        var vpc = ctx.Params.RequiredEntity<Vpc>("vpcid");
        var offering = await ctx.Db.VpcOfferings.AsNoTracking().Include(o => o.Services).FirstAsync(o => o.Id == vpc.VpcOfferingId, ctx.Cancellation);
        if (!offering.Has(NetworkServices.Vpn))
        {
            throw CloudException.InvalidParameter($"The Vpn service is not supported by VPC {vpc.Name}'s offering {offering.Name}");
        }
        if (await ctx.Db.VpnGateways.AnyAsync(g => g.VpcId == vpc.Id && g.Removed == null, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"The VPN gateway of VPC {vpc.Name} already exists");
        }
        var sourceNat = await ctx.Db.PublicIpAddresses.AsNoTracking().FirstOrDefaultAsync(a => a.VpcId == vpc.Id && a.IsSourceNat && a.State == PublicIpState.Allocated, ctx.Cancellation)
                        ?? throw CloudException.InvalidParameter($"VPC {vpc.Name} has no source NAT address yet: restart it first");
        if (ctx.Params.Entity<PublicIpAddress>("ipaddressid") is { } given && given.Id != sourceNat.Id)
        {
            throw CloudException.InvalidParameter($"The VPN gateway must use the source NAT address {sourceNat.Address} of VPC {vpc.Name}");
        }
        return (vpc, sourceNat);
    }
}
