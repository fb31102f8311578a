using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>Restarts a VPC's router with its current document, or with cleanup replaces it by a new one.</summary>
[ApiCommand("restartVPC")]
public sealed class RestartVPC(VpcOrchestrator vpcs) : IOrchestratedCommand
{
    public string EventType => EventTypes.VpcRestart;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        Check(ctx);
        return Task.FromResult(VpcJobs.Target(ctx.Params.RequiredEntity<Vpc>("id")));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        Check(ctx);
        var vpc = await VpcJobs.LoadAsync(ctx);
        await vpcs.RestartAsync(ctx.Db, vpc, ctx.Actor, ctx.Params.Flag("cleanup"), ctx.Cancellation);
        ctx.Event(EventTypes.VpcRestart, $"Restarted VPC {vpc.Name}", "Vpc", vpc.Uuid, vpc.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static void Check(CommandContext ctx)
    {
        if (ctx.Params.Flag("makeredundant") || ctx.Params.Flag("livepatch"))
        {
            throw CloudException.InvalidParameter("makeredundant and livepatch are not supported by this cloud");
        }
    }
}
