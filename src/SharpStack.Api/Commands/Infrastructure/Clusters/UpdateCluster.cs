using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.Clusters;

[ApiCommand("updateCluster")]
public sealed class UpdateCluster : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var found = p.RequiredEntity<Cluster>("id");
        var cluster = await ctx.Db.Clusters.FirstAsync(c => c.Id == found.Id, ctx.Cancellation);
        if (p.String("hypervisor") is { } hypervisor && InfrastructureRules.ParseHypervisor(hypervisor) != cluster.Hypervisor)
        {
            throw CloudException.InvalidParameter("The hypervisor type of a cluster cannot be changed");
        }
        if (p.String("clustertype") is { } type && !string.Equals(type, cluster.ClusterType, StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter("The cluster type of a cluster cannot be changed");
        }
        if (p.String("clustername") is { } name && name != cluster.Name)
        {
            IdentityService.ValidateName(name, "Cluster name");
            await ClusterQueries.EnsureNameFreeAsync(ctx.Db, cluster.PodId, name, cluster.Id, ctx.Cancellation);
            cluster.Name = name;
        }
        if (p.String("allocationstate") is { } state)
        {
            cluster.AllocationState = InfrastructureRules.ParseAllocationState(state);
        }
        if (p.String("managedstate") is { } managed)
        {
            cluster.ManagedState = ClusterQueries.ParseManagedState(managed);
        }
        if (p.String("arch") is { } arch)
        {
            if (arch is not ("x86_64" or "aarch64"))
            {
                throw CloudException.InvalidParameter($"Invalid arch {arch}: use x86_64 or aarch64");
            }
            cluster.Arch = arch;
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ClusterUpdate, $"Successfully completed updating cluster {cluster.Name}", "Cluster", cluster.Uuid, cluster.Name);
        return ApiResult.Of((await ClusterQueries.ToResponsesAsync(ctx.Db, [cluster], ctx.Cancellation))[0]);
    }
}
