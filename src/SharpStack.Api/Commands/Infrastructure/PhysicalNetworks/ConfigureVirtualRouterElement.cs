using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;

[ApiCommand("configureVirtualRouterElement")]
public sealed class ConfigureVirtualRouterElement : IAsyncApiCommand
{
    public string EventType => EventTypes.NetworkElementConfigure;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) =>
        Task.FromResult(JobTarget.For("VirtualRouterElement", ctx.Params.RequiredEntity<VirtualRouterElement>("id").Uuid));

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<VirtualRouterElement>("id");
        var element = await ctx.Db.VirtualRouterElements.FirstAsync(e => e.Id == found.Id, ctx.Cancellation);
        element.Enabled = ctx.Params.Flag("enabled");
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        var provider = await ctx.Db.NetworkServiceProviders.AsNoTracking().FirstAsync(x => x.Id == element.ProviderId, ctx.Cancellation);
        ctx.Event(EventTypes.NetworkElementConfigure, $"Virtual router element of {provider.Name} {(element.Enabled ? "enabled" : "disabled")}", "VirtualRouterElement", element.Uuid, provider.Name);
        return ApiResult.Of(PhysicalNetworkResponses.RouterElement(element, provider));
    }
}
