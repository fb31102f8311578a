using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Infrastructure.PhysicalNetworks;

internal static class PhysicalNetworkResponses
{
    public static async Task<List<ApiObject>> NetworksAsync(CloudDbContext db, IReadOnlyList<PhysicalNetwork> networks, CancellationToken ct)
    {
        var zoneIds = networks.Select(n => n.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var domainIds = networks.Where(n => n.DomainId != null).Select(n => n.DomainId!.Value).ToList();
        var domains = await db.Domains.AsNoTracking().Where(d => domainIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Uuid, ct);
        return networks.Select(n => new ApiObject
        {
            { "id", n.Uuid },
            { "name", n.Name },
            { "broadcastdomainrange", n.BroadcastDomainRange },
            { "zoneid", zones[n.ZoneId].Uuid },
            { "zonename", zones[n.ZoneId].Name },
            { "state", n.State.ToString() },
            { "vlan", n.Vlan },
            { "domainid", n.DomainId is { } d ? domains.GetValueOrDefault(d) : null },
            { "tags", n.Tags },
            { "isolationmethods", n.IsolationMethods },
            { "networkspeed", n.NetworkSpeed },
        }).ToList();
    }

    public static async Task<ApiObject> NetworkAsync(CloudDbContext db, PhysicalNetwork network, CancellationToken ct) =>
        (await NetworksAsync(db, [network], ct))[0];

    public static ApiObject Traffic(TrafficType traffic, PhysicalNetwork network) => new()
    {
        { "id", traffic.Uuid },
        { "traffictype", traffic.Kind.ToString() },
        { "physicalnetworkid", network.Uuid },
        { "kvmnetworklabel", traffic.KvmLabel },
        { "xennetworklabel", traffic.XenLabel },
        { "vmwarenetworklabel", traffic.VmwareLabel },
        { "hypervnetworklabel", traffic.HypervLabel },
        { "ovm3networklabel", traffic.Ovm3Label },
    };

    public static ApiObject Provider(NetworkServiceProvider provider, PhysicalNetwork network, Guid? destination = null) => new()
    {
        { "id", provider.Uuid },
        { "name", provider.Name },
        { "physicalnetworkid", network.Uuid },
        { "destinationphysicalnetworkid", destination },
        { "state", provider.State.ToString() },
        { "servicelist", provider.Services.Split(',') },
        { "canenableindividualservice", provider.Name != "SecurityGroupProvider" },
    };

    public static ApiObject RouterElement(VirtualRouterElement element, NetworkServiceProvider provider) => new()
    {
        { "id", element.Uuid },
        { "nspid", provider.Uuid },
        { "enabled", element.Enabled },
    };
}
