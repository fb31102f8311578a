using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.Clusters;

/// <summary>Adds a cluster of Simulator or KVM hosts to a pod; upstream answers it as a one-item list.</summary>
[ApiCommand("addCluster")]
public sealed class AddCluster : IApiCommand
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
        var name = p.String("clustername")!;
        IdentityService.ValidateName(name, "Cluster name");
        var hypervisor = InfrastructureRules.ParseHypervisor(p.String("hypervisor")!);
        var clusterType = p.String("clustertype")!;
        if (!string.Equals(clusterType, "CloudManaged", StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter($"Invalid cluster type {clusterType}: {hypervisor} clusters are CloudManaged");
        }
        if (p.String("arch") is { } arch && arch is not ("x86_64" or "aarch64"))
        {
            throw CloudException.InvalidParameter($"Invalid arch {arch}: use x86_64 or aarch64");
        }
        await ClusterQueries.EnsureNameFreeAsync(ctx.Db, pod.Id, name, null, ctx.Cancellation);
        var cluster = new Cluster
        {
            Name = name,
            ZoneId = zone.Id,
            PodId = pod.Id,
            Hypervisor = hypervisor,
            Arch = p.String("arch") ?? "x86_64",
            AllocationState = p.String("allocationstate") is { } state ? InfrastructureRules.ParseAllocationState(state) : AllocationState.Enabled,
            RegistrationToken = InfrastructureRules.NewRegistrationToken(),
            Created = ctx.Now,
        };
        ctx.Db.Clusters.Add(cluster);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ClusterCreate, $"Successfully completed adding cluster {name}", "Cluster", cluster.Uuid, name);
        return ApiResult.List([InfrastructureResponses.Cluster(cluster, pod, zone)], 1);
    }
}
