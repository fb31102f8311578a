using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;

/// <summary>
/// Enables, disables or shuts down a provider, or changes its services. A virtual router provider
/// is enabled only once its router element is.
/// </summary>
[ApiCommand("updateNetworkServiceProvider")]
public sealed class UpdateNetworkServiceProvider : IAsyncApiCommand
{
    public string EventType => EventTypes.ServiceProviderUpdate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var provider = ctx.Params.RequiredEntity<NetworkServiceProvider>("id");
        await ValidateAsync(ctx, provider);
        return JobTarget.For("PhysicalNetworkServiceProvider", provider.Uuid);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<NetworkServiceProvider>("id");
        var provider = await ctx.Db.NetworkServiceProviders.FirstAsync(x => x.Id == found.Id, ctx.Cancellation);
        var (state, services) = await ValidateAsync(ctx, provider);
        provider.State = state ?? provider.State;
        provider.Services = services ?? provider.Services;
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        var network = await ctx.Db.PhysicalNetworks.AsNoTracking().FirstAsync(n => n.Id == provider.PhysicalNetworkId, ctx.Cancellation);
        ctx.Event(EventTypes.ServiceProviderUpdate, $"Successfully updated provider {provider.Name} of physical network {network.Name}", "PhysicalNetworkServiceProvider", provider.Uuid, provider.Name);
        return ApiResult.Of(PhysicalNetworkResponses.Provider(provider, network));
    }

    private static async Task<(ProviderState? State, string? Services)> ValidateAsync(CommandContext ctx, NetworkServiceProvider provider)
    {
        ProviderState? state = null;
        if (ctx.Params.String("state") is { } stateText)
        {
            if (!Enum.TryParse<ProviderState>(stateText, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                throw CloudException.InvalidParameter($"Invalid state {stateText}: use Enabled, Disabled or Shutdown");
            }
            state = parsed;
            if (parsed == ProviderState.Enabled)
            {
                var element = await ctx.Db.VirtualRouterElements.AsNoTracking().FirstOrDefaultAsync(e => e.ProviderId == provider.Id, ctx.Cancellation);
                if (element is { Enabled: false })
                {
                    throw CloudException.InvalidParameter($"Provider {provider.Name} is not ready to be enabled: configure its virtual router element with enabled=true first");
                }
            }
        }
        string? services = null;
        var list = ctx.Params.StringList("servicelist");
        if (list.Count > 0)
        {
            var known = PhysicalNetworkRules.DefaultProviders.FirstOrDefault(d => d.Name == provider.Name).Services?.Split(',') ?? provider.Services.Split(',');
            var unknown = list.Where(s => !known.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0)
            {
                throw CloudException.InvalidParameter($"Provider {provider.Name} does not offer {string.Join(", ", unknown)}");
            }
            services = string.Join(',', list.Select(s => known.First(k => k.Equals(s, StringComparison.OrdinalIgnoreCase))));
        }
        return (state, services);
    }
}
