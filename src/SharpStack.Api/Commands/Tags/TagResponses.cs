using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Tags;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Tags;

internal static class TagResponses
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<ResourceTag> tags, CancellationToken ct)
    {
        var accountIds = tags.Select(t => t.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        return tags.Select(t =>
        {
            var account = accounts.GetValueOrDefault(t.AccountId);
            return new ApiObject
            {
                { "key", t.Key },
                { "value", t.Value },
                { "resourcetype", t.ResourceType },
                { "resourceid", t.ResourceUuid },
                { "account", account?.Name },
                { "domainid", account?.Domain?.Uuid },
                { "domain", account?.Domain?.Name },
                { "domainpath", account?.Domain?.Path },
                { "customer", t.Customer },
            };
        }).ToList();
    }
}
