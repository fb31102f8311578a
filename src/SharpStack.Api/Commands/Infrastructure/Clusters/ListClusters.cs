using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Clusters;

[ApiCommand("listClusters")]
public sealed class ListClusters(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.Clusters.AsNoTracking().Where(c => c.Removed == null);
        if (p.Entity<Cluster>("id") is { } byId)
        {
            query = query.Where(c => c.Id == byId.Id);
        }
        if (p.Entity<Pod>("podid") is { } pod)
        {
            query = query.Where(c => c.PodId == pod.Id);
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            query = query.Where(c => c.ZoneId == zone.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(c => c.Name == name);
        }
        if (p.String("hypervisor") is { } hypervisorText)
        {
            var hypervisor = InfrastructureRules.ParseHypervisor(hypervisorText);
            query = query.Where(c => c.Hypervisor == hypervisor);
        }
        if (p.String("clustertype") is { } type)
        {
            query = query.Where(c => c.ClusterType == type);
        }
        if (p.String("allocationstate") is { } stateText)
        {
            var state = InfrastructureRules.ParseAllocationState(stateText);
            query = query.Where(c => c.AllocationState == state);
        }
        if (p.String("managedstate") is { } managedText)
        {
            var managed = ClusterQueries.ParseManagedState(managedText);
            query = query.Where(c => c.ManagedState == managed);
        }
        if (p.String("arch") is { } arch)
        {
            query = query.Where(c => c.Arch == arch);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(c => c.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(c => c.Id), ctx.Cancellation);
        return ApiResult.List(await ClusterQueries.ToResponsesAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
