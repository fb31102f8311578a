using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Infrastructure.Zones;

internal static class ZoneQueries
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CommandContext ctx, IReadOnlyList<Zone> zones)
    {
        var domainIds = zones.Where(z => z.DomainId != null).Select(z => z.DomainId!.Value).Distinct().ToList();
        var domains = await ctx.Db.Domains.AsNoTracking().Where(d => domainIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ctx.Cancellation);
        return zones.Select(z => InfrastructureResponses.Zone(z, z.DomainId is { } d ? domains.GetValueOrDefault(d) : null, ctx.Caller)).ToList();
    }

    public static async Task<ApiObject> ToResponseAsync(CommandContext ctx, Zone zone) => (await ToResponsesAsync(ctx, [zone]))[0];

    public static async Task EnsureNameFreeAsync(CloudDbContext db, string name, long? exceptId, CancellationToken ct)
    {
        var lower = name.ToLowerInvariant();
        if (await db.Zones.AnyAsync(z => z.Removed == null && z.Name.ToLower() == lower && z.Id != exceptId, ct))
        {
            throw Core.Errors.CloudException.InvalidParameter($"A zone with name {name} already exists");
        }
    }
}
