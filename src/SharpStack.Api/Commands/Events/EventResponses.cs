using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Events;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Events;

internal static class EventResponses
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<EventRecord> events, CancellationToken ct)
    {
        var userIds = events.Select(e => e.UserId).Distinct().ToList();
        var accountIds = events.Select(e => e.AccountId).Distinct().ToList();
        var domainIds = events.Select(e => e.DomainId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Username, ct);
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var domains = await db.Domains.AsNoTracking().Where(d => domainIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var starts = events.Where(e => e.StartId != null).Select(e => e.StartId!.Value).Distinct().ToList();
        var startUuids = await db.Events.AsNoTracking().Where(e => starts.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Uuid, ct);
        return events.Select(e =>
        {
            var domain = domains.GetValueOrDefault(e.DomainId);
            return new ApiObject
            {
                { "id", e.Uuid },
                { "username", users.GetValueOrDefault(e.UserId) },
                { "type", e.Type },
                { "level", e.Level.ToString().ToUpperInvariant() },
                { "description", e.Description },
                { "account", accounts.GetValueOrDefault(e.AccountId) },
                { "domainid", domain?.Uuid },
                { "domain", domain?.Name },
                { "domainpath", domain is null ? null : IdentityResponses.DisplayPath(domain) },
                { "resourceid", e.ResourceUuid },
                { "resourcetype", e.ResourceType },
                { "resourcename", e.ResourceName },
                { "created", e.Created },
                { "state", e.State.ToString() },
                { "parentid", e.StartId is { } s && startUuids.TryGetValue(s, out var parent) ? parent : null },
                { "archived", e.Archived },
            };
        }).ToList();
    }
}
