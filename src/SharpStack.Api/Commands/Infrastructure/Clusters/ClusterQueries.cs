using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Infrastructure.Clusters;

internal static class ClusterQueries
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<Cluster> clusters, CancellationToken ct)
    {
        var podIds = clusters.Select(c => c.PodId).Distinct().ToList();
        var zoneIds = clusters.Select(c => c.ZoneId).Distinct().ToList();
        var pods = await db.Pods.AsNoTracking().Where(p => podIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        return clusters.Select(c => InfrastructureResponses.Cluster(c, pods[c.PodId], zones[c.ZoneId])).ToList();
    }

    public static async Task EnsureNameFreeAsync(CloudDbContext db, long podId, string name, long? exceptId, CancellationToken ct)
    {
        var lower = name.ToLowerInvariant();
        if (await db.Clusters.AnyAsync(c => c.PodId == podId && c.Removed == null && c.Name.ToLower() == lower && c.Id != exceptId, ct))
        {
            throw CloudException.InvalidParameter($"A cluster with name {name} already exists in this pod");
        }
    }

    public static ManagedState ParseManagedState(string text) =>
        Enum.TryParse<ManagedState>(text, ignoreCase: true, out var state) && Enum.IsDefined(state)
            ? state
            : throw CloudException.InvalidParameter($"Invalid managed state {text}: use Managed or Unmanaged");
}
