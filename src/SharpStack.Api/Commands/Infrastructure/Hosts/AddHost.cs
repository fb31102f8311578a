using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Capacity;
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
        var host = new Host
        {
            Name = "SimulatedAgent." + Guid.NewGuid().ToString("N")[..12],
            ZoneId = zone.Id,
            PodId = pod.Id,
            ClusterId = cluster.Id,
            Hypervisor = HypervisorType.Simulator,
            CpuSockets = spec.CpuSockets,
            CpuNumber = spec.CpuNumber,
            CpuSpeed = spec.CpuSpeedMhz,
            MemoryBytes = spec.MemoryBytes,
            LocalStorageBytes = spec.LocalStorageBytes,
            IpAddress = await HostAddresses.NextFreeAsync(ctx.Db, pod, ctx.Cancellation),
            Url = url,
            HostTags = HostResponses.NormalizeTags(p.StringList("hosttags")),
            Version = SimulatedHostSpec.Version,
            Capabilities = "hvm",
            Arch = cluster.Arch,
            ResourceState = p.String("allocationstate") is { } state && InfrastructureRules.ParseAllocationState(state) == AllocationState.Disabled
                ? ResourceState.Disabled : ResourceState.Enabled,
            // The simulated agent's startup handshake happens right here.
            Status = HostStatus.Up,
            LastPinged = ctx.Now,
            ManagementServerId = identity.Id,
            Created = ctx.Now,
        };
        ctx.Db.Hosts.Add(host);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        CapacityLedger.AddHost(ctx.Db, host);
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
