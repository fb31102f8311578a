using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Capacity;

/// <summary>
/// Capacity per zone, or per pod / cluster when one is named; sortby=usage orders by percent used.
/// Every answer is computed from the counters at the moment of the call, so fetchlatest changes nothing.
/// </summary>
[ApiCommand("listCapacity")]
public sealed class ListCapacity(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var zone = p.Entity<Zone>("zoneid");
        var pod = p.Entity<Pod>("podid");
        var cluster = p.Entity<Cluster>("clusterid");
        var level = cluster is not null ? CapacityReport.Level.Cluster : pod is not null ? CapacityReport.Level.Pod : CapacityReport.Level.Zone;
        var rows = await CapacityReport.ComputeAsync(ctx.Db, settings, level, zone?.Id, pod?.Id, cluster?.Id, ctx.Cancellation);
        if (p.Int("type") is { } type)
        {
            if (!Enum.IsDefined((CapacityType)type))
            {
                throw CloudException.InvalidParameter($"Invalid capacity type {type}");
            }
            rows = rows.Where(r => (int)r.Type == type).ToList();
        }
        if (p.String("sortby") is { } sortBy)
        {
            if (!sortBy.Equals("usage", StringComparison.OrdinalIgnoreCase))
            {
                throw CloudException.InvalidParameter($"Invalid sortby {sortBy}: use usage");
            }
            rows = rows.OrderByDescending(r => r.Total == 0 ? 0 : (double)r.Used / r.Total).ToList();
        }
        else
        {
            rows = rows.OrderBy(r => r.ZoneId).ThenBy(r => r.PodId).ThenBy(r => r.ClusterId).ThenBy(r => (int)r.Type).ToList();
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        return ApiResult.List(await CapacityReport.ToResponsesAsync(ctx.Db, paging.Apply(rows).ToList(), ctx.Cancellation), rows.Count);
    }
}
