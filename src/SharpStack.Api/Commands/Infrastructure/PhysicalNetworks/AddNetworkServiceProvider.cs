using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;

/// <summary>Adds one of the providers SharpStack has (VirtualRouter, VpcVirtualRouter, SecurityGroupProvider) back to a physical network.</summary>
[ApiCommand("addNetworkServiceProvider")]
public sealed class AddNetworkServiceProvider : IAsyncApiCommand
{
    public string EventType => EventTypes.ServiceProviderCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var network = p.RequiredEntity<PhysicalNetwork>("physicalnetworkid");
        var name = p.String("name")!;
        var known = PhysicalNetworkRules.DefaultProviders.FirstOrDefault(d => d.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (known.Name is null)
        {
            throw CloudException.InvalidParameter($"Unable to find a network service provider named {name}: SharpStack has VirtualRouter, VpcVirtualRouter and SecurityGroupProvider");
        }
        if (await ctx.Db.NetworkServiceProviders.AnyAsync(x => x.PhysicalNetworkId == network.Id && x.Name == known.Name, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Provider {known.Name} is already added to physical network {network.Name}");
        }
        var services = p.StringList("servicelist");
        var offered = known.Services.Split(',');
        var unknown = services.Where(s => !offered.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw CloudException.InvalidParameter($"Provider {known.Name} does not offer {string.Join(", ", unknown)}");
        }
        var provider = new NetworkServiceProvider
        {
            PhysicalNetworkId = network.Id,
            DestinationPhysicalNetworkId = p.Entity<PhysicalNetwork>("destinationphysicalnetworkid")?.Id,
            Name = known.Name,
            Services = services.Count > 0 ? string.Join(',', services) : known.Services,
        };
        ctx.Db.NetworkServiceProviders.Add(provider);
        return new JobTarget("PhysicalNetwork", network.Uuid, $"PhysicalNetwork:{network.Uuid}", provider.Uuid);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var uuid = ctx.Job!.InstanceUuid!.Value;
        var network = await ctx.Db.PhysicalNetworks.AsNoTracking().FirstAsync(n => n.Uuid == uuid, ctx.Cancellation);
        var name = ctx.Params.String("name")!;
        var provider = await ctx.Db.NetworkServiceProviders.FirstAsync(x => x.PhysicalNetworkId == network.Id && x.Name.ToLower() == name.ToLower(), ctx.Cancellation);
        if (PhysicalNetworkRules.DefaultProviders.First(d => d.Name == provider.Name).HasRouterElement &&
            !await ctx.Db.VirtualRouterElements.AnyAsync(e => e.ProviderId == provider.Id, ctx.Cancellation))
        {
            ctx.Db.VirtualRouterElements.Add(new VirtualRouterElement { ProviderId = provider.Id });
        }
        ctx.Event(EventTypes.ServiceProviderCreate, $"Successfully added provider {provider.Name} to physical network {network.Name}", "PhysicalNetworkServiceProvider", provider.Uuid, provider.Name);
        return ApiResult.Of(PhysicalNetworkResponses.Provider(provider, network));
    }
}
