using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Api.Catalog;
using SharpStack.Core.Identity;
using SharpStack.Data;

namespace SharpStack.Api.Access;

/// <summary>
/// Upstream's dynamic role checker: the root admin role may call everything; any other role's
/// rules are read in order and the first that matches decides; with no match, the command's
/// own authorized list decides. Rules are cached briefly and dropped when changed here.
/// </summary>
public sealed class RolePermissionChecker(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<long, CachedRules> _cache = new();

    private sealed record CachedRules(IReadOnlyList<RolePermission> Rules, DateTimeOffset Loaded);

    public async Task<bool> IsAllowedAsync(Role role, CommandInfo command, CancellationToken ct)
    {
        if (role.Id == Role.RootAdminId)
        {
            return true;
        }
        if (role.State != RoleState.Enabled)
        {
            return false;
        }
        foreach (var rule in await RulesAsync(role.Id, ct))
        {
            if (RoleRule.Matches(rule.Rule, command.Name))
            {
                return rule.Permission == RulePermission.Allow;
            }
        }
        return command.Authorized?.Any(a => string.Equals(a, role.Type.ToString(), StringComparison.OrdinalIgnoreCase)) == true;
    }

    public void Invalidate() => _cache.Clear();

    private async Task<IReadOnlyList<RolePermission>> RulesAsync(long roleId, CancellationToken ct)
    {
        if (_cache.TryGetValue(roleId, out var cached) && time.GetUtcNow() - cached.Loaded < CacheLifetime)
        {
            return cached.Rules;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var rules = await db.RolePermissions.AsNoTracking()
            .Where(r => r.RoleId == roleId)
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Id)
            .ToListAsync(ct);
        _cache[roleId] = new CachedRules(rules, time.GetUtcNow());
        return rules;
    }
}
