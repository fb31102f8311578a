using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.Pods;

/// <summary>Deletes an empty pod; one that still has clusters is refused.</summary>
[ApiCommand("deletePod")]
public sealed class DeletePod : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<Pod>("id");
        var pod = await ctx.Db.Pods.FirstAsync(x => x.Id == found.Id, ctx.Cancellation);
        var clusters = await ctx.Db.Clusters.CountAsync(c => c.PodId == pod.Id && c.Removed == null, ctx.Cancellation);
        if (clusters > 0)
        {
            throw CloudException.InUse($"The pod {pod.Name} is not deletable because there are {clusters} cluster(s) in it");
        }
        pod.Removed = ctx.Now;
        ctx.Event(EventTypes.PodDelete, $"Successfully completed deleting pod {pod.Name}", "Pod", pod.Uuid, pod.Name);
        return new ApiResult.Success();
    }
}
