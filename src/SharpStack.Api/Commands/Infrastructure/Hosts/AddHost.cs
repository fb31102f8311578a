using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Hosts;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Settings;
using SharpStack.Simulator;

namespace SharpStack.Api.Commands.Infrastructure.Hosts;

/// <summary>
/// Adds a host to a cluster. A Simulator host's agent runs inside this server: it connects at
/// once and reports the resources its URL asks for. KVM hosts join through their agent.
/// </summary>
[ApiCommand("addHost")]
public sealed class AddHost(SettingsService settings, ServerIdentity identity) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var zone = p.RequiredEntity<Zone>("zoneid");
        var pod = p.RequiredEntity<Pod>("podid");
        if (pod.ZoneId != zone.Id)
        {
            throw CloudException.InvalidParameter($"Pod {pod.Name} does not belong to zone {zone.Name}");
        }
        var hypervisor = InfrastructureRules.ParseHypervisor(p.String("hypervisor")!);
        var cluster = await ResolveClusterAsync(ctx, pod, hypervisor);
        if (hypervisor != HypervisorType.Simulator)
        {
            throw CloudException.InvalidParameter("KVM hosts join by running sharpstack-agent with the zone's registration token; addHost adds Simulator hosts");
        }
        var url = p.String("url")!;
        var spec = SimulatedHostSpec.Parse(url);
        var report = new HostReport("SimulatedAgent." + Guid.NewGuid().ToString("N")[..12], await HostAddresses.NextFreeAsync(ctx.Db, pod, ctx.Cancellation), url,
            spec.CpuSockets, spec.CpuNumber, spec.CpuSpeedMhz, spec.MemoryBytes, spec.LocalStorageBytes, SimulatedHostSpec.Version, "hvm");
        var resourceState = p.String("allocationstate") is { } state && InfrastructureRules.ParseAllocationState(state) == AllocationState.Disabled
            ? ResourceState.Disabled : ResourceState.Enabled;
        // The simulated agent runs in this server: its startup handshake happens right here.
        var host = await HostRegistrar.RegisterAsync(ctx.Db, cluster, report, null, identity.Id, resourceState,
            HostResponses.NormalizeTags(p.StringList("hosttags")), ctx.Now, ctx.Cancellation);
        ctx.Event(EventTypes.HostCreate, $"Successfully added host {host.Name} to cluster {cluster.Name}", "Host", host.Uuid, host.Name);
        return ApiResult.List([await HostResponses.ToResponseAsync(ctx.Db, settings, host, ctx.Cancellation)], 1);
    }

    private static async Task<Cluster> ResolveClusterAsync(CommandContext ctx, Pod pod, HypervisorType hypervisor)
    {
        var cluster = ctx.Params.Entity<Cluster>("clusterid");
        if (cluster is null && ctx.Params.String("clustername") is { } name)
        {
            cluster = await ctx.Db.Clusters.AsNoTracking().FirstOrDefaultAsync(c => c.PodId == pod.Id && c.Name == name && c.Removed == null, ctx.Cancellation)
                      ?? throw CloudException.InvalidParameter($"Unable to find cluster {name} in pod {pod.Name}");
        }
        if (cluster is null)
        {
            throw CloudException.InvalidParameter("Either clusterid or clustername must be given");
        }
        if (cluster.PodId != pod.Id)
        {
            throw CloudException.InvalidParameter($"Cluster {cluster.Name} is not in pod {pod.Name}");
        }
        if (cluster.Hypervisor != hypervisor)
        {
            throw CloudException.InvalidParameter($"Cluster {cluster.Name} is a {cluster.Hypervisor} cluster; it cannot take a {hypervisor} host");
        }
        return cluster;
    }
}
