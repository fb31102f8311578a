using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Routers;

/// <summary>Reboots a router: stopped and started again on its host, with its whole configuration.</summary>
[ApiCommand("rebootRouter")]
public sealed class RebootRouter(RouterOrchestrator routers, EventLog events) : IOrchestratedCommand
{
    public string EventType => EventTypes.RouterReboot;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var router = RouterJobs.Require(ctx);
        if (router.State != RouterState.Running)
        {
            throw CloudException.InvalidParameter($"Router {router.Name} is {router.State}: only a running router can be rebooted");
        }
        return Task.FromResult(RouterJobs.Target(router));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var router = await RouterJobs.LoadAsync(ctx);
        await routers.StopAsync(ctx.Db, router, ctx.Actor, ctx.Params.Flag("forced"), ctx.Cancellation);
        await routers.StartAsync(ctx.Db, router, ctx.Actor, router.HostId, ctx.Cancellation);
        events.Add(ctx.Db, ctx.Actor, EventTypes.RouterReboot, $"Rebooted router {router.Name}", "DomainRouter", router.Uuid, router.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return await RouterJobs.ResponseAsync(ctx, router);
    }
}
