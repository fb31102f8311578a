using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Infrastructure.IpRanges;

[ApiCommand("deleteVlanIpRange")]
public sealed class DeleteVlanIpRange : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<VlanIpRange>("id");
        var range = await ctx.Db.VlanIpRanges.FirstAsync(v => v.Id == found.Id, ctx.Cancellation);
        if (range.NetworkId is not null)
        {
            throw CloudException.InvalidParameter("This IP range belongs to a shared network: it goes when the network is deleted");
        }
        await PublicAddresses.RemoveRangeAsync(ctx.Db, range, ctx.Cancellation);
        if (!range.ForVirtualNetwork && await GuestRangeInUseAsync(ctx, range))
        {
            throw CloudException.InUse($"The IP range {range.StartIp}-{range.EndIp} cannot be deleted: instances have addresses in it");
        }
        range.Removed = ctx.Now;
        ctx.Event(EventTypes.VlanIpRangeDelete, $"Successfully deleted IP range {range.StartIp}-{range.EndIp}", "Vlan", range.Uuid, $"{range.StartIp}-{range.EndIp}");
        return new ApiResult.Success();
    }

    private static async Task<bool> GuestRangeInUseAsync(CommandContext ctx, VlanIpRange range)
    {
        if (!Ipv4Range.TryParse(range.StartIp, range.EndIp, out var addresses))
        {
            return false;
        }
        var key = "basic:" + range.ZoneId;
        var used = await ctx.Db.Nics.AsNoTracking().Where(n => n.Ipv4Address != null && ctx.Db.Networks.Any(w => w.Id == n.NetworkId && w.DefaultKey == key))
            .Select(n => n.Ipv4Address!).ToListAsync(ctx.Cancellation);
        return used.Any(a => Ipv4.TryParse(a, out var v) && addresses.Contains(v));
    }
}
