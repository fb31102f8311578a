using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Binding;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Pipeline;

/// <summary>Upstream paging: 1-based page, pagesize up to default.page.size, -1 for everything.</summary>
public readonly record struct Paging(int Skip, int Take)
{
    public static async Task<Paging> FromAsync(BoundParameters p, SettingsService settings, CancellationToken ct)
    {
        var max = (int)Math.Min(int.MaxValue, await settings.GetLongAsync(SettingNames.DefaultPageSize, ct));
        var page = p.Int("page");
        var size = p.Int("pagesize");
        if (size == -1)
        {
            if (page is not null)
            {
                throw CloudException.InvalidParameter("Can't specify page parameter when pagesize is -1 (Unlimited)");
            }
            return new Paging(0, int.MaxValue);
        }
        if (size is not null && size < 1)
        {
            throw CloudException.InvalidParameter("Page size can't be less than 1, except -1 for unlimited");
        }
        if (size > max)
        {
            throw CloudException.InvalidParameter($"Page size can't exceed max allowed page size value: {max}");
        }
        if (page is not null && page < 1)
        {
            throw CloudException.InvalidParameter("Page number can't be less than 1");
        }
        var take = size ?? max;
        var skip = (long)((page ?? 1) - 1) * take;
        return new Paging((int)Math.Min(skip, int.MaxValue), take);
    }

    public IEnumerable<T> Apply<T>(IEnumerable<T> items) => items.Skip(Skip).Take(Take);

    /// <summary>
    /// One page of an ordered query and the total across pages. The total needs no COUNT query
    /// when the page is the last one (it is then the rows before it plus the page).
    /// </summary>
    public async Task<(List<T> Items, int Total)> FetchAsync<T>(IQueryable<T> ordered, CancellationToken ct)
    {
        var items = await ordered.Skip(Skip).Take(Take).ToListAsync(ct);
        if (items.Count < Take && (items.Count > 0 || Skip == 0))
        {
            return (items, Skip + items.Count);
        }
        return (items, await ordered.CountAsync(ct));
    }
}
