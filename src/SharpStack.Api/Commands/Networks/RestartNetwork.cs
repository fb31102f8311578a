using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Networks;

/// <summary>Restarts a network's services: its router gets the whole configuration again, or with cleanup=true a new router replaces it.</summary>
[ApiCommand("restartNetwork")]
public sealed class RestartNetwork(NetworkOrchestrator networks) : IOrchestratedCommand
{
    public string EventType => EventTypes.NetworkRestart;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var network = NetworkJobs.RequireChangeable(ctx);
        if (ctx.Params.Flag("makeredundant"))
        {
            throw CloudException.InvalidParameter("Redundant routers are not supported yet");
        }
        if (ctx.Params.Flag("livepatch"))
        {
            throw CloudException.InvalidParameter("livepatch is not supported: routers here are configured by whole documents, a restart reapplies everything");
        }
        return Task.FromResult(NetworkJobs.Target(network));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var network = await NetworkJobs.LoadAsync(ctx);
        await networks.RestartAsync(ctx.Db, network, ctx.Actor, ctx.Params.Flag("cleanup"), ctx.Cancellation);
        ctx.Event(EventTypes.NetworkRestart, $"Restarted network {network.Name}", "Network", network.Uuid, network.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }
}
