using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Jobs;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Hosts;

[ApiCommand("listHosts")]
public sealed class ListHosts(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.Hosts.AsNoTracking().Where(h => h.Removed == null);
        if (p.Entity<Host>("id") is { } byId)
        {
            query = query.Where(h => h.Id == byId.Id);
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            query = query.Where(h => h.ZoneId == zone.Id);
        }
        if (p.Entity<Pod>("podid") is { } pod)
        {
            query = query.Where(h => h.PodId == pod.Id);
        }
        if (p.Entity<Cluster>("clusterid") is { } cluster)
        {
            query = query.Where(h => h.ClusterId == cluster.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(h => h.Name == name);
        }
        if (p.String("state") is { } stateText)
        {
            if (!Enum.TryParse<HostStatus>(stateText, ignoreCase: true, out var state))
            {
                throw CloudException.InvalidParameter($"Invalid host state {stateText}: use Up, Down, Alert, Disconnected, Connecting, ...");
            }
            query = query.Where(h => h.Status == state);
        }
        if (p.String("resourcestate") is { } resourceText)
        {
            if (!Enum.TryParse<ResourceState>(resourceText, ignoreCase: true, out var resource))
            {
                throw CloudException.InvalidParameter($"Invalid resource state {resourceText}: use Enabled, Disabled, Maintenance, PrepareForMaintenance or ErrorInMaintenance");
            }
            query = query.Where(h => h.ResourceState == resource);
        }
        if (p.String("type") is { } type)
        {
            query = query.Where(h => h.Type == type);
        }
        if (p.String("hypervisor") is { } hypervisorText)
        {
            var hypervisor = InfrastructureRules.ParseHypervisor(hypervisorText);
            query = query.Where(h => h.Hypervisor == hypervisor);
        }
        if (p.Entity<ManagementServer>("managementserverid") is { } server)
        {
            query = query.Where(h => h.ManagementServerId == server.Id);
        }
        if (p.String("arch") is { } arch)
        {
            query = query.Where(h => h.Arch == arch);
        }
        if (p.Bool("hahost") == true)
        {
            // No host is reserved for HA-enabled instances only.
            query = query.Where(h => false);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(h => h.Name.Contains(keyword) || h.IpAddress.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(h => h.Id), ctx.Cancellation);
        return ApiResult.List(await HostResponses.ToResponsesAsync(ctx.Db, settings, page, ctx.Cancellation), total);
    }
}
