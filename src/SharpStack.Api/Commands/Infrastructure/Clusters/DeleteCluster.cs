using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.Clusters;

/// <summary>Deletes an empty cluster.</summary>
[ApiCommand("deleteCluster")]
public sealed class DeleteCluster : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<Cluster>("id");
        var cluster = await ctx.Db.Clusters.FirstAsync(c => c.Id == found.Id, ctx.Cancellation);
        var hosts = await ctx.Db.Hosts.CountAsync(h => h.ClusterId == cluster.Id && h.Removed == null, ctx.Cancellation);
        var pools = await ctx.Db.StoragePools.CountAsync(p => p.ClusterId == cluster.Id && p.Removed == null, ctx.Cancellation);
        if (hosts > 0 || pools > 0)
        {
            throw CloudException.InUse($"The cluster {cluster.Name} is not deletable: it still has {hosts} host(s) and {pools} primary storage pool(s)");
        }
        cluster.Removed = ctx.Now;
        ctx.Event(EventTypes.ClusterDelete, $"Successfully completed deleting cluster {cluster.Name}", "Cluster", cluster.Uuid, cluster.Name);
        return new ApiResult.Success();
    }
}
