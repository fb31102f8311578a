using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;

/// <summary>
/// Adds a traffic type (Guest, Management, Public, Storage) with its host bridge labels. Guest
/// traffic may run on several physical networks of a zone; the others on one only.
/// </summary>
[ApiCommand("addTrafficType")]
public sealed class AddTrafficType : IAsyncApiCommand
{
    public string EventType => EventTypes.TrafficTypeCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var network = p.RequiredEntity<PhysicalNetwork>("physicalnetworkid");
        var text = p.String("traffictype")!;
        if (!Enum.TryParse<TrafficKind>(text, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            throw CloudException.InvalidParameter($"Invalid traffic type {text}: use Guest, Management, Public or Storage");
        }
        if (await ctx.Db.TrafficTypes.AnyAsync(t => t.PhysicalNetworkId == network.Id && t.Kind == kind, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Traffic type {kind} is already added to physical network {network.Name}");
        }
        if (kind != TrafficKind.Guest)
        {
            var zoneNetworks = ctx.Db.PhysicalNetworks.Where(n => n.ZoneId == network.ZoneId && n.Removed == null).Select(n => n.Id);
            if (await ctx.Db.TrafficTypes.AnyAsync(t => zoneNetworks.Contains(t.PhysicalNetworkId) && t.Kind == kind, ctx.Cancellation))
            {
                throw CloudException.InvalidParameter($"Traffic type {kind} is already carried by another physical network of this zone");
            }
        }
        if (p.String("isolationmethod") is { } isolation && !isolation.Equals(network.IsolationMethods, StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter($"Isolation method {isolation} is not the physical network's ({network.IsolationMethods})");
        }
        var traffic = new TrafficType
        {
            PhysicalNetworkId = network.Id,
            Kind = kind,
            KvmLabel = p.String("kvmnetworklabel"),
            XenLabel = p.String("xennetworklabel"),
            VmwareLabel = p.String("vmwarenetworklabel"),
            HypervLabel = p.String("hypervnetworklabel"),
            Ovm3Label = p.String("ovm3networklabel"),
            Vlan = p.String("vlan"),
        };
        ctx.Db.TrafficTypes.Add(traffic);
        return new JobTarget("PhysicalNetwork", network.Uuid, $"PhysicalNetwork:{network.Uuid}", traffic.Uuid);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var network = ctx.Params.RequiredEntity<PhysicalNetwork>("physicalnetworkid");
        var kind = Enum.Parse<TrafficKind>(ctx.Params.String("traffictype")!, ignoreCase: true);
        var traffic = await ctx.Db.TrafficTypes.AsNoTracking().FirstAsync(t => t.PhysicalNetworkId == network.Id && t.Kind == kind, ctx.Cancellation);
        ctx.Event(EventTypes.TrafficTypeCreate, $"Successfully added traffic type {kind} to physical network {network.Name}", "TrafficType", traffic.Uuid, kind.ToString());
        return ApiResult.Of(PhysicalNetworkResponses.Traffic(traffic, network));
    }
}
