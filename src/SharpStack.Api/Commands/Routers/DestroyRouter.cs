using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Routers;

/// <summary>Destroys a router; its network gets a new one when it is restarted or an instance starts in it.</summary>
[ApiCommand("destroyRouter")]
public sealed class DestroyRouter(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.RouterDestroy;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) => Task.FromResult(RouterJobs.Target(RouterJobs.Require(ctx)));

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var router = await RouterJobs.LoadAsync(ctx);
        await routers.DestroyAsync(ctx.Db, router, ctx.Actor, ctx.Cancellation);
        await ctx.Db.Networks.Where(n => n.Id == router.NetworkId && n.State == NetworkState.Implemented)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.RestartRequired, true), ctx.Cancellation);
        await ctx.Db.Vpcs.Where(v => v.Id == router.VpcId).ExecuteUpdateAsync(s => s.SetProperty(v => v.RestartRequired, true), ctx.Cancellation);
        return await RouterJobs.ResponseAsync(ctx, router);
    }
}
