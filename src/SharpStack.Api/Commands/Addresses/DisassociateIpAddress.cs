using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Addresses;

/// <summary>Releases an acquired public address back to the zone's pool; a network's source NAT address stays with the network.</summary>
[ApiCommand("disassociateIpAddress")]
public sealed class DisassociateIpAddress(NetworkOrchestrator networks, RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.NetIpRelease;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var ip = await FindAsync(ctx);
        if (ip.State != PublicIpState.Allocated)
        {
            throw CloudException.InvalidParameter($"IP address {ip.Address} is not allocated");
        }
        if (ip.IsSourceNat)
        {
            throw CloudException.InvalidParameter($"IP address {ip.Address} is the source NAT address of its network: it is released with the network");
        }
        return new JobTarget("IpAddress", ip.Uuid, ip.NetworkId is { } nid ? $"NetworkIp:{nid}" : $"IpAddress:{ip.Uuid}");
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = await FindAsync(ctx);
        var ip = await ctx.Db.PublicIpAddresses.AsNoTracking().FirstAsync(a => a.Id == found.Id, ctx.Cancellation);
        if (ip.State != PublicIpState.Allocated || ip.IsSourceNat)
        {
            throw CloudException.InvalidParameter($"IP address {ip.Address} cannot be released");
        }
        var networkId = ip.NetworkId;
        await networks.ReleaseAsync(ctx.Db, ip, ctx.Cancellation);
        ctx.Event(EventTypes.NetIpRelease, $"Released IP address {ip.Address}", "IpAddress", ip.Uuid, ip.Address);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        if (networkId is { } id)
        {
            await routers.ApplyAsync(ctx.Db, id, ctx.Cancellation);
        }
        else if (ip.VpcId is { } vpcId)
        {
            await routers.ApplyVpcAsync(ctx.Db, vpcId, ctx.Cancellation);
        }
        return new ApiResult.Success();
    }

    private static async Task<PublicIpAddress> FindAsync(CommandContext ctx)
    {
        if (ctx.Params.Entity<PublicIpAddress>("id") is { } byId)
        {
            return byId;
        }
        if (ctx.Params.String("ipaddress") is { } address)
        {
            return await ctx.Db.VisiblePublicIps(ctx.Caller).AsNoTracking().FirstOrDefaultAsync(a => a.Address == address && a.State == PublicIpState.Allocated, ctx.Cancellation)
                   ?? throw CloudException.InvalidParameter($"Unable to find an allocated IP address {address}");
        }
        throw CloudException.InvalidParameter("Either id or ipaddress must be given");
    }
}
