using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Networks;

/// <summary>Deletes a network whose instances are all expunged: its router, public addresses, VLAN and ranges go with it.</summary>
[ApiCommand("deleteNetwork")]
public sealed class DeleteNetwork(NetworkOrchestrator networks) : IOrchestratedCommand
{
    public string EventType => EventTypes.NetworkDelete;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var network = NetworkJobs.RequireChangeable(ctx);
        if (network.DefaultKey is { } key && key.StartsWith("basic:", StringComparison.Ordinal))
        {
            throw CloudException.InvalidParameter("The default network of a Basic zone cannot be deleted");
        }
        if (ctx.Params.Flag("forced") && !ctx.Caller.IsRootAdmin)
        {
            throw CloudException.PermissionDenied("Only root administrators can delete a network with forced=true");
        }
        return Task.FromResult(NetworkJobs.Target(network));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var network = await NetworkJobs.LoadAsync(ctx);
        await networks.DestroyAsync(ctx.Db, network, ctx.Actor, ctx.Cancellation);
        return new ApiResult.Success();
    }
}
