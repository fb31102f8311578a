using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;

/// <summary>Enables or disables a physical network, or changes its guest range, speed or tag.</summary>
[ApiCommand("updatePhysicalNetwork")]
public sealed class UpdatePhysicalNetwork : IAsyncApiCommand
{
    public string EventType => EventTypes.PhysicalNetworkUpdate;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var network = ctx.Params.RequiredEntity<PhysicalNetwork>("id");
        Validate(ctx, network);
        return Task.FromResult(JobTarget.For("PhysicalNetwork", network.Uuid));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var found = p.RequiredEntity<PhysicalNetwork>("id");
        var network = await ctx.Db.PhysicalNetworks.FirstAsync(n => n.Id == found.Id, ctx.Cancellation);
        Validate(ctx, network);
        if (p.String("vlan") is { } vlan)
        {
            await PhysicalNetworkRules.EnsureNoZoneOverlapAsync(ctx.Db, network.ZoneId, network.Id, vlan, network.IsolationMethods, ctx.Cancellation);
            network.Vlan = vlan;
        }
        if (p.String("state") is { } state)
        {
            network.State = Enum.Parse<PhysicalNetworkState>(state, ignoreCase: true);
        }
        if (p.String("networkspeed") is { } speed)
        {
            network.NetworkSpeed = speed;
        }
        if (p.StringList("tags") is { Count: 1 } tags)
        {
            network.Tags = tags[0];
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.PhysicalNetworkUpdate, $"Successfully completed updating physical network {network.Name}", "PhysicalNetwork", network.Uuid, network.Name);
        return ApiResult.Of(await PhysicalNetworkResponses.NetworkAsync(ctx.Db, network, ctx.Cancellation));
    }

    private static void Validate(CommandContext ctx, PhysicalNetwork network)
    {
        var p = ctx.Params;
        if (p.String("state") is { } state && (!Enum.TryParse<PhysicalNetworkState>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)))
        {
            throw CloudException.InvalidParameter($"Invalid state {state}: use Enabled or Disabled");
        }
        if (p.String("vlan") is { } vlan)
        {
            PhysicalNetworkRules.ParseRanges(vlan, network.IsolationMethods);
        }
        if (p.StringList("tags").Count > 1)
        {
            throw CloudException.InvalidParameter("Only one tag can be given to a physical network");
        }
    }
}
