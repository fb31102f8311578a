using SharpStack.Orchestration.Security;
using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Api.Access;
using SharpStack.Data;

namespace SharpStack.Api.Auth;

/// <summary>
/// Short-lived cache of callers and API keys, so a signed request costs no identity queries.
/// Entries live a few seconds (other servers' changes show up that fast) and every identity
/// change made by this server clears them at once.
/// </summary>
public sealed class IdentityCache(IServiceScopeFactory scopes, SecretProtector secrets, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<long, (Caller? Caller, DateTimeOffset Loaded)> _callers = new();
    private readonly ConcurrentDictionary<string, (ApiKeyOwner? Owner, DateTimeOffset Loaded)> _keys = new(StringComparer.Ordinal);

    public sealed record ApiKeyOwner(long UserId, string SecretKey);

    /// <summary>The user with its account, domain and role; null when it does not exist or was removed.</summary>
    public async Task<Caller?> GetCallerAsync(long userId, CancellationToken ct)
    {
        if (_callers.TryGetValue(userId, out var hit) && time.GetUtcNow() - hit.Loaded < Lifetime)
        {
            return hit.Caller;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var caller = await LoadCallerAsync(db, userId, includeRemoved: false, ct);
        _callers[userId] = (caller, time.GetUtcNow());
        return caller;
    }

    public static async Task<Caller?> LoadCallerAsync(CloudDbContext db, long userId, bool includeRemoved, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking()
            .Include(u => u.Account!).ThenInclude(a => a.Domain)
            .Include(u => u.Account!).ThenInclude(a => a.Role)
            .FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user?.Account?.Domain is null || user.Account.Role is null)
        {
            return null;
        }
        if (!includeRemoved && (user.Removed is not null || user.Account.Removed is not null))
        {
            return null;
        }
        var projectAccounts = await db.ProjectMembers.AsNoTracking()
            .Where(m => m.AccountId == user.AccountId && (m.UserId == null || m.UserId == user.Id))
            .Join(db.Projects.Where(p => p.Removed == null), m => m.ProjectId, p => p.Id, (m, p) => p.ProjectAccountId)
            .Distinct().ToListAsync(ct);
        return new Caller(user, user.Account, user.Account.Domain, user.Account.Role) { ProjectAccountIds = projectAccounts };
    }

    public async Task<ApiKeyOwner?> FindApiKeyAsync(string apiKey, CancellationToken ct)
    {
        if (_keys.TryGetValue(apiKey, out var hit) && time.GetUtcNow() - hit.Loaded < Lifetime)
        {
            return hit.Owner;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var row = await db.Users.AsNoTracking()
            .Where(u => u.ApiKey == apiKey && u.Removed == null)
            .Select(u => new { u.Id, u.SecretKeyCipher })
            .FirstOrDefaultAsync(ct);
        var owner = row?.SecretKeyCipher is null ? null : new ApiKeyOwner(row.Id, secrets.Unprotect(row.SecretKeyCipher));
        if (_keys.Count > 100_000)
        {
            _keys.Clear();
        }
        _keys[apiKey] = (owner, time.GetUtcNow());
        return owner;
    }

    public void Invalidate()
    {
        _callers.Clear();
        _keys.Clear();
    }
}
