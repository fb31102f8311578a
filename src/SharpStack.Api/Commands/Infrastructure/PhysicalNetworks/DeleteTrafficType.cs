using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;

/// <summary>Removes a traffic type; Public traffic stays while public IP ranges use the network.</summary>
[ApiCommand("deleteTrafficType")]
public sealed class DeleteTrafficType : IAsyncApiCommand
{
    public string EventType => EventTypes.TrafficTypeDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var traffic = ctx.Params.RequiredEntity<TrafficType>("id");
        await EnsureRemovableAsync(ctx, traffic);
        return JobTarget.For("TrafficType", traffic.Uuid);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var traffic = ctx.Params.RequiredEntity<TrafficType>("id");
        await EnsureRemovableAsync(ctx, traffic);
        await ctx.Db.TrafficTypes.Where(t => t.Id == traffic.Id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Event(EventTypes.TrafficTypeDelete, $"Successfully deleted traffic type {traffic.Kind}", "TrafficType", traffic.Uuid, traffic.Kind.ToString());
        return new ApiResult.Success();
    }

    private static async Task EnsureRemovableAsync(CommandContext ctx, TrafficType traffic)
    {
        if (traffic.Kind == TrafficKind.Public &&
            await ctx.Db.VlanIpRanges.AnyAsync(v => v.PhysicalNetworkId == traffic.PhysicalNetworkId && v.Removed == null && v.ForVirtualNetwork, ctx.Cancellation))
        {
            throw CloudException.InUse("Public traffic cannot be removed while public IP ranges use this physical network");
        }
    }
}
