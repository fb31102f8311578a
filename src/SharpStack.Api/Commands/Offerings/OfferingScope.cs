using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Orchestration.Settings;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Offerings;

/// <summary>
/// Which domains and zones an offering is for (comma-separated internal ids; null for all), and
/// who sees it: root admins everything, others the offerings for all domains or for their own
/// domain or one above it, in zones they may use.
/// </summary>
internal static class OfferingScope
{
    public static string? Join(IEnumerable<long> ids)
    {
        var list = ids.Distinct().Order().ToList();
        return list.Count == 0 ? null : string.Join(',', list.Select(i => i.ToString(CultureInfo.InvariantCulture)));
    }

    public static IReadOnlyList<long> Split(string? ids) =>
        ids is null ? [] : ids.Split(',').Select(i => long.Parse(i, CultureInfo.InvariantCulture)).ToList();

    /// <summary>Non-root admins may only create offerings for domains they administer.</summary>
    public static string? DomainsFor(Caller caller, IReadOnlyList<Domain> domains)
    {
        if (!caller.IsRootAdmin)
        {
            if (domains.Count == 0)
            {
                throw CloudException.InvalidParameter("A domain admin can only create offerings for its own domains: give domainid");
            }
            if (domains.Any(d => !caller.CanReach(d)))
            {
                throw CloudException.PermissionDenied("The caller cannot create offerings for a domain outside its own");
            }
        }
        return Join(domains.Select(d => d.Id));
    }

    public static bool VisibleTo(Caller caller, string? domainIds, IReadOnlyDictionary<long, Domain> domains)
    {
        if (caller.IsRootAdmin || domainIds is null)
        {
            return true;
        }
        return Split(domainIds).Any(id => domains.TryGetValue(id, out var d) &&
                                          (d.Contains(caller.Domain) || (caller.IsDomainAdmin && caller.Domain.Contains(d))));
    }

    /// <summary>
    /// The list commands' common end: the offerings the caller may see (domain scope), in the zone
    /// and domain asked for, one page of them answered.
    /// </summary>
    public static async Task<ApiResult> ListVisibleAsync<T>(CommandContext ctx, SettingsService settings, IQueryable<T> ordered,
        Func<T, string?> domainIds, Func<T, string?> zoneIds, Func<T, Task<ApiObject>> respond)
    {
        var domains = await ctx.Db.Domains.AsNoTracking().ToDictionaryAsync(d => d.Id, ctx.Cancellation);
        var zone = ctx.Params.Entity<Zone>("zoneid");
        var domainFilter = ctx.Params.Entity<Domain>("domainid");
        var visible = (await ordered.ToListAsync(ctx.Cancellation))
            .Where(o => VisibleTo(ctx.Caller, domainIds(o), domains) && InZone(zoneIds(o), zone))
            .Where(o => domainFilter is null || Split(domainIds(o)).Contains(domainFilter.Id))
            .ToList();
        var paging = await Paging.FromAsync(ctx.Params, settings, ctx.Cancellation);
        var items = new List<ApiObject>();
        foreach (var offering in paging.Apply(visible))
        {
            items.Add(await respond(offering));
        }
        return ApiResult.List(items, visible.Count);
    }

    public static bool InZone(string? zoneIds, Zone? zone) => zone is null || zoneIds is null || Split(zoneIds).Contains(zone.Id);

    /// <summary>updateXxxOffering takes domainid/zoneid as comma-separated uuids, or "public"/"all" for no limit.</summary>
    public static async Task<(bool Given, string? Ids)> ParseUpdateAsync(CloudDbContext db, string? text, bool domains, CancellationToken ct)
    {
        if (text is null)
        {
            return (false, null);
        }
        if (text.Equals("public", StringComparison.OrdinalIgnoreCase) || text.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return (true, null);
        }
        var uuids = new List<Guid>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            uuids.Add(Guid.TryParse(part, out var uuid) ? uuid : throw CloudException.InvalidParameter($"Invalid id {part}: give uuids separated by commas, or public"));
        }
        var ids = domains
            ? await db.Domains.Where(d => uuids.Contains(d.Uuid) && d.Removed == null).Select(d => d.Id).ToListAsync(ct)
            : await db.Zones.Where(z => uuids.Contains(z.Uuid) && z.Removed == null).Select(z => z.Id).ToListAsync(ct);
        if (ids.Count != uuids.Distinct().Count())
        {
            throw CloudException.InvalidParameter($"Unknown {(domains ? "domain" : "zone")} in {text}");
        }
        return (true, Join(ids));
    }

    public static async Task<(string? Ids, string? Names)> DescribeDomainsAsync(CloudDbContext db, string? ids, CancellationToken ct)
    {
        var list = Split(ids);
        if (list.Count == 0)
        {
            return (null, null);
        }
        var domains = await db.Domains.AsNoTracking().Where(d => list.Contains(d.Id)).OrderBy(d => d.Id).ToListAsync(ct);
        return (string.Join(',', domains.Select(d => d.Uuid)), string.Join(',', domains.Select(d => d.Name)));
    }

    public static async Task<(string? Ids, string? Names)> DescribeZonesAsync(CloudDbContext db, string? ids, CancellationToken ct)
    {
        var list = Split(ids);
        if (list.Count == 0)
        {
            return (null, null);
        }
        var zones = await db.Zones.AsNoTracking().Where(z => list.Contains(z.Id)).OrderBy(z => z.Id).ToListAsync(ct);
        return (string.Join(',', zones.Select(z => z.Uuid)), string.Join(',', zones.Select(z => z.Name)));
    }
}
