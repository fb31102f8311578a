using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;

/// <summary>Deletes a physical network that no IP range uses any more, with its traffic types and providers.</summary>
[ApiCommand("deletePhysicalNetwork")]
public sealed class DeletePhysicalNetwork : IAsyncApiCommand
{
    public string EventType => EventTypes.PhysicalNetworkDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var network = ctx.Params.RequiredEntity<PhysicalNetwork>("id");
        await EnsureUnusedAsync(ctx.Db, network, ctx.Cancellation);
        return JobTarget.For("PhysicalNetwork", network.Uuid);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<PhysicalNetwork>("id");
        var network = await ctx.Db.PhysicalNetworks.FirstAsync(n => n.Id == found.Id, ctx.Cancellation);
        await EnsureUnusedAsync(ctx.Db, network, ctx.Cancellation);
        var providers = ctx.Db.NetworkServiceProviders.Where(x => x.PhysicalNetworkId == network.Id).Select(x => x.Id);
        await ctx.Db.VirtualRouterElements.Where(e => providers.Contains(e.ProviderId)).ExecuteDeleteAsync(ctx.Cancellation);
        await ctx.Db.NetworkServiceProviders.Where(x => x.PhysicalNetworkId == network.Id).ExecuteDeleteAsync(ctx.Cancellation);
        await ctx.Db.TrafficTypes.Where(t => t.PhysicalNetworkId == network.Id).ExecuteDeleteAsync(ctx.Cancellation);
        network.Removed = ctx.Now;
        ctx.Event(EventTypes.PhysicalNetworkDelete, $"Successfully completed deleting physical network {network.Name}", "PhysicalNetwork", network.Uuid, network.Name);
        return new ApiResult.Success();
    }

    private static async Task EnsureUnusedAsync(CloudDbContext db, PhysicalNetwork network, CancellationToken ct)
    {
        var ranges = await db.VlanIpRanges.CountAsync(v => v.PhysicalNetworkId == network.Id && v.Removed == null, ct);
        if (ranges > 0)
        {
            throw CloudException.InUse($"Physical network {network.Name} still has {ranges} IP range(s); delete them first");
        }
    }
}
