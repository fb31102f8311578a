using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
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
        cluster.Removed = ctx.Now;
        ctx.Event(EventTypes.ClusterDelete, $"Successfully completed deleting cluster {cluster.Name}", "Cluster", cluster.Uuid, cluster.Name);
        return new ApiResult.Success();
    }
}
