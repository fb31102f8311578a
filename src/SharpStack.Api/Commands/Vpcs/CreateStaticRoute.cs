using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>Routes a CIDR outside the VPC through a private gateway (gatewayid) or a next hop (vpcid + nexthop).</summary>
[ApiCommand("createStaticRoute")]
public sealed class CreateStaticRoute(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.StaticRouteCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (route, vpc) = await BuildAsync(ctx);
        return VpcJobs.Target(vpc) with { InstanceType = "StaticRoute", InstanceUuid = route.Uuid };
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (route, vpc) = await BuildAsync(ctx);
        ctx.Db.StaticRoutes.Add(route);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await routers.ApplyOrUndoVpcAsync(ctx.Db, vpc.Id, () => ctx.Db.StaticRoutes.Where(r => r.Id == route.Id).ExecuteDeleteAsync(ctx.Cancellation), ctx.Cancellation);
        ctx.Event(EventTypes.StaticRouteCreate, $"Created static route {route.Cidr} in VPC {vpc.Name}", "StaticRoute", route.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await GatewayResponses.StaticRoutesAsync(ctx.Db, [route], ctx.Cancellation))[0]);
    }

    private static async Task<(StaticRoute Route, Vpc Vpc)> BuildAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var gateway = p.Entity<PrivateGateway>("gatewayid");
        var nextHop = p.String("nexthop");
        if ((gateway is null) == (nextHop is null))
        {
            throw CloudException.InvalidParameter("Give either gatewayid or nexthop (with vpcid)");
        }
        Vpc vpc;
        if (gateway is not null)
        {
            if (p.Entity<Vpc>("vpcid") is { } given && given.Id != gateway.VpcId)
            {
                throw CloudException.InvalidParameter("The private gateway belongs to another VPC");
            }
            vpc = await ctx.Db.Vpcs.AsNoTracking().FirstAsync(v => v.Id == gateway.VpcId, ctx.Cancellation);
        }
        else
        {
            vpc = p.Entity<Vpc>("vpcid") ?? throw CloudException.InvalidParameter("vpcid is required with nexthop");
            if (!Ipv4.TryParse(nextHop, out _))
            {
                throw CloudException.InvalidParameter($"Invalid nexthop {nextHop}");
            }
        }
        var cidrText = p.String("cidr")!;
        if (!Ipv4.TryParseCidr(cidrText, out var network, out var prefix) || (network & ~Ipv4.MaskOf(prefix)) != 0)
        {
            throw CloudException.InvalidParameter($"Invalid cidr {cidrText}");
        }
        var cidr = $"{Ipv4.Format(network)}/{prefix}";
        if (VpcCidrs.Overlap(cidr, vpc.Cidr))
        {
            throw CloudException.InvalidParameter($"The static route's cidr {cidr} overlaps VPC {vpc.Name}'s cidr {vpc.Cidr}");
        }
        if (await ctx.Db.StaticRoutes.AnyAsync(r => r.VpcId == vpc.Id && r.Cidr == cidr, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"VPC {vpc.Name} already has a static route for {cidr}");
        }
        return (new StaticRoute
        {
            VpcId = vpc.Id,
            GatewayId = gateway?.Id,
            NextHop = nextHop,
            Cidr = cidr,
            AccountId = vpc.AccountId,
            DomainId = vpc.DomainId,
            Created = ctx.Now,
        }, vpc);
    }
}
