using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Routers;

[ApiCommand("startRouter")]
public sealed class StartRouter(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.RouterStart;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var router = RouterJobs.Require(ctx);
        if (router.State != RouterState.Stopped)
        {
            throw CloudException.InvalidParameter($"Router {router.Name} is {router.State}: only a stopped router can be started");
        }
        return Task.FromResult(RouterJobs.Target(router));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var router = await RouterJobs.LoadAsync(ctx);
        await routers.StartAsync(ctx.Db, router, ctx.Actor, router.HostId, ctx.Cancellation);
        return await RouterJobs.ResponseAsync(ctx, router);
    }
}
