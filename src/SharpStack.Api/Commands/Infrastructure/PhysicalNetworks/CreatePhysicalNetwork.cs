using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;

/// <summary>
/// Creates a physical network (answered with its id at once, as upstream's create-style commands)
/// with upstream's default providers; it starts Disabled until the administrator enables it.
/// </summary>
[ApiCommand("createPhysicalNetwork")]
public sealed class CreatePhysicalNetwork : IAsyncApiCommand
{
    public string EventType => EventTypes.PhysicalNetworkCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var zone = p.RequiredEntity<Zone>("zoneid");
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Physical network name");
        var isolation = PhysicalNetworkRules.NormalizeIsolation(p.StringList("isolationmethods"));
        if (p.String("vlan") is { } vlan)
        {
            await PhysicalNetworkRules.EnsureNoZoneOverlapAsync(ctx.Db, zone.Id, null, vlan, isolation, ctx.Cancellation);
        }
        var range = p.String("broadcastdomainrange")?.ToUpperInvariant() ?? (zone.NetworkType == NetworkType.Basic ? "POD" : "ZONE");
        if (range is not ("ZONE" or "POD"))
        {
            throw CloudException.InvalidParameter($"Invalid broadcastdomainrange {range}: use ZONE or POD");
        }
        var tags = p.StringList("tags");
        if (tags.Count > 1)
        {
            throw CloudException.InvalidParameter("Only one tag can be given to a physical network");
        }
        if (zone.NetworkType == NetworkType.Basic && await ctx.Db.PhysicalNetworks.AnyAsync(n => n.ZoneId == zone.Id && n.Removed == null, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter("A Basic zone has exactly one physical network");
        }
        var network = new PhysicalNetwork
        {
            Name = name,
            ZoneId = zone.Id,
            Vlan = p.String("vlan"),
            IsolationMethods = isolation,
            Tags = tags.Count == 1 ? tags[0] : null,
            BroadcastDomainRange = range,
            NetworkSpeed = p.String("networkspeed"),
            DomainId = p.Entity<Domain>("domainid")?.Id,
            Created = ctx.Now,
        };
        ctx.Db.PhysicalNetworks.Add(network);
        return new JobTarget("PhysicalNetwork", network.Uuid, $"PhysicalNetwork:{network.Uuid}", network.Uuid);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var uuid = ctx.Job!.InstanceUuid!.Value;
        var network = await ctx.Db.PhysicalNetworks.FirstAsync(n => n.Uuid == uuid, ctx.Cancellation);
        if (!await ctx.Db.NetworkServiceProviders.AnyAsync(x => x.PhysicalNetworkId == network.Id, ctx.Cancellation))
        {
            foreach (var (name, services, hasElement) in PhysicalNetworkRules.DefaultProviders)
            {
                var provider = new NetworkServiceProvider { PhysicalNetworkId = network.Id, Name = name, Services = services };
                ctx.Db.NetworkServiceProviders.Add(provider);
                await ctx.Db.SaveChangesAsync(ctx.Cancellation);
                if (hasElement)
                {
                    ctx.Db.VirtualRouterElements.Add(new VirtualRouterElement { ProviderId = provider.Id });
                }
            }
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.PhysicalNetworkCreate, $"Successfully completed creating physical network {network.Name}", "PhysicalNetwork", network.Uuid, network.Name);
        return ApiResult.Of(await PhysicalNetworkResponses.NetworkAsync(ctx.Db, network, ctx.Cancellation));
    }
}
