using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.NetworkOfferings;

/// <summary>Removes a network offering no network uses; the defaults stay.</summary>
[ApiCommand("deleteNetworkOffering")]
public sealed class DeleteNetworkOffering : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<NetworkOffering>("id");
        var offering = await ctx.Db.NetworkOfferings.FirstAsync(o => o.Id == found.Id, ctx.Cancellation);
        if (offering.IsDefault)
        {
            throw CloudException.InvalidParameter($"Default network offering {offering.Name} cannot be deleted");
        }
        var inUse = await ctx.Db.Networks.CountAsync(n => n.NetworkOfferingId == offering.Id && n.Removed == null, ctx.Cancellation);
        if (inUse > 0)
        {
            throw CloudException.InvalidParameter($"Cannot delete network offering {offering.Name}: {inUse} network(s) use it. Disable it to stop new networks from using it");
        }
        offering.Removed = ctx.Now;
        ctx.Event(EventTypes.NetworkOfferingDelete, $"Successfully deleted network offering {offering.Name}", "NetworkOffering", offering.Uuid, offering.Name);
        return new ApiResult.Success();
    }
}
