using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Infrastructure.Pods;

internal static class PodQueries
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<Pod> pods, CancellationToken ct)
    {
        var zoneIds = pods.Select(p => p.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        return pods.Select(p => InfrastructureResponses.Pod(p, zones[p.ZoneId])).ToList();
    }

    public static async Task EnsureNameFreeAsync(CloudDbContext db, long zoneId, string name, long? exceptId, CancellationToken ct)
    {
        var lower = name.ToLowerInvariant();
        if (await db.Pods.AnyAsync(p => p.ZoneId == zoneId && p.Removed == null && p.Name.ToLower() == lower && p.Id != exceptId, ct))
        {
            throw CloudException.InvalidParameter($"A pod with name {name} already exists in this zone");
        }
    }
}
