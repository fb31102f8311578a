using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.IpRanges;

[ApiCommand("deleteVlanIpRange")]
public sealed class DeleteVlanIpRange : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<VlanIpRange>("id");
        var range = await ctx.Db.VlanIpRanges.FirstAsync(v => v.Id == found.Id, ctx.Cancellation);
        range.Removed = ctx.Now;
        ctx.Event(EventTypes.VlanIpRangeDelete, $"Successfully deleted IP range {range.StartIp}-{range.EndIp}", "Vlan", range.Uuid, $"{range.StartIp}-{range.EndIp}");
        return new ApiResult.Success();
    }
}
