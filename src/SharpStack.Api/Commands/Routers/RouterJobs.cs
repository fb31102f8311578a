using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Routers;

/// <summary>What the router commands share: the router named by id, one job at a time per router.</summary>
internal static class RouterJobs
{
    public static Router Require(CommandContext ctx) =>
        ctx.Params.Entity<object>("id") as Router ?? throw CloudException.InvalidParameter("Unable to find a virtual router with the given id");

    public static JobTarget Target(Router router) => JobTarget.For("DomainRouter", router.Uuid);

    public static async Task<Router> LoadAsync(CommandContext ctx)
    {
        var found = Require(ctx);
        return await ctx.Db.Routers.FirstOrDefaultAsync(r => r.Id == found.Id && r.Removed == null, ctx.Cancellation)
               ?? throw CloudException.InvalidParameter($"Router {found.Name} no longer exists");
    }

    public static async Task<ApiResult> ResponseAsync(CommandContext ctx, Router router) =>
        ApiResult.Of((await RouterResponses.ToResponsesAsync(ctx.Db, [router], ctx.Cancellation))[0]);
}
