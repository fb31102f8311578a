using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Routers;

[ApiCommand("stopRouter")]
public sealed class StopRouter(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.RouterStop;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var router = RouterJobs.Require(ctx);
        if (router.State is not (RouterState.Running or RouterState.Starting) && !ctx.Params.Flag("forced"))
        {
            throw CloudException.InvalidParameter($"Router {router.Name} is {router.State}: only a running router can be stopped");
        }
        return Task.FromResult(RouterJobs.Target(router));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var router = await RouterJobs.LoadAsync(ctx);
        await routers.StopAsync(ctx.Db, router, ctx.Actor, ctx.Params.Flag("forced"), ctx.Cancellation);
        return await RouterJobs.ResponseAsync(ctx, router);
    }
}
