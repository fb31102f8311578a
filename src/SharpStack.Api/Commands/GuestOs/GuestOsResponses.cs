using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Data;

namespace SharpStack.Api.Commands.GuestOs;

internal static class GuestOsResponses
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<Core.Compute.GuestOs> types, CancellationToken ct)
    {
        var categories = await db.GuestOsCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        return types.Select(t => new ApiObject
        {
            { "id", t.Uuid },
            { "oscategoryid", categories[t.CategoryId].Uuid },
            { "oscategoryname", categories[t.CategoryId].Name },
            { "name", t.Name },
            { "description", t.DisplayName },
            { "isuserdefined", t.IsUserDefined },
            { "fordisplay", t.ForDisplay },
        }).ToList();
    }

    public static ApiObject Category(GuestOsCategory c) => new()
    {
        { "id", c.Uuid },
        { "name", c.Name },
        { "isfeatured", c.IsFeatured },
        { "created", c.Created },
    };
}
