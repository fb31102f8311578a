using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;

[ApiCommand("updateTrafficType")]
public sealed class UpdateTrafficType : IAsyncApiCommand
{
    public string EventType => EventTypes.TrafficTypeUpdate;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) =>
        Task.FromResult(JobTarget.For("TrafficType", ctx.Params.RequiredEntity<TrafficType>("id").Uuid));

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var found = p.RequiredEntity<TrafficType>("id");
        var traffic = await ctx.Db.TrafficTypes.FirstAsync(t => t.Id == found.Id, ctx.Cancellation);
        traffic.KvmLabel = p.Has("kvmnetworklabel") ? p.String("kvmnetworklabel") : traffic.KvmLabel;
        traffic.XenLabel = p.Has("xennetworklabel") ? p.String("xennetworklabel") : traffic.XenLabel;
        traffic.VmwareLabel = p.Has("vmwarenetworklabel") ? p.String("vmwarenetworklabel") : traffic.VmwareLabel;
        traffic.HypervLabel = p.Has("hypervnetworklabel") ? p.String("hypervnetworklabel") : traffic.HypervLabel;
        traffic.Ovm3Label = p.Has("ovm3networklabel") ? p.String("ovm3networklabel") : traffic.Ovm3Label;
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        var network = await ctx.Db.PhysicalNetworks.AsNoTracking().FirstAsync(n => n.Id == traffic.PhysicalNetworkId, ctx.Cancellation);
        ctx.Event(EventTypes.TrafficTypeUpdate, $"Successfully updated traffic type {traffic.Kind} of physical network {network.Name}", "TrafficType", traffic.Uuid, traffic.Kind.ToString());
        return ApiResult.Of(PhysicalNetworkResponses.Traffic(traffic, network));
    }
}
