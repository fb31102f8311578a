using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Core.Errors;
using SharpStack.Core.Settings;
using SharpStack.Data;

namespace SharpStack.Orchestration.Settings;

/// <summary>
/// Global settings: the catalog default unless an administrator stored a value. Values are cached
/// for a few seconds so that hot paths (paging, signatures) do not query the database each call,
/// and several servers sharing a database see a change soon after it is made.
/// </summary>
public sealed class SettingsService(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(5);
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(IReadOnlyDictionary<string, string?> Stored, DateTimeOffset Loaded);

    public async Task<string?> GetAsync(string name, CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is null || time.GetUtcNow() - snapshot.Loaded > CacheLifetime)
        {
            snapshot = await LoadAsync(ct);
        }
        // A stored null means "restored to the default" (see UpdateAsync).
        if (snapshot.Stored.TryGetValue(name, out var value) && value is not null)
        {
            return value;
        }
        return SettingCatalog.Definitions.TryGetValue(name, out var def) ? def.DefaultValue : null;
    }

    public async Task<long> GetLongAsync(string name, CancellationToken ct) =>
        long.TryParse(await GetAsync(name, ct), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : 0;

    public async Task<double> GetDoubleAsync(string name, CancellationToken ct) =>
        double.TryParse(await GetAsync(name, ct), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;

    public async Task<bool> GetBoolAsync(string name, CancellationToken ct) =>
        string.Equals(await GetAsync(name, ct), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Drops the cached values; called after a change commits, so no reader caches the old value.</summary>
    public void Invalidate() => _snapshot = null;

    public async Task<IReadOnlyDictionary<string, string?>> StoredValuesAsync(CancellationToken ct) => (await LoadAsync(ct)).Stored;

    /// <summary>Validates the value against the setting's type and stores it (null restores the default).</summary>
    public async Task<SettingDefinition> UpdateAsync(CloudDbContext db, string name, string? value, CancellationToken ct)
    {
        if (!SettingCatalog.Definitions.TryGetValue(name, out var def))
        {
            throw CloudException.InvalidParameter($"Configuration {name} not found");
        }
        Validate(def, value);
        var row = await db.Configuration.FirstOrDefaultAsync(c => c.Name == name, ct);
        if (row is null)
        {
            db.Configuration.Add(new ConfigurationValue { Name = name, Value = value, Updated = time.GetUtcNow().UtcDateTime });
        }
        else
        {
            row.Value = value;
            row.Updated = time.GetUtcNow().UtcDateTime;
        }
        await db.SaveChangesAsync(ct);
        _snapshot = null;
        return def;
    }

    private static void Validate(SettingDefinition def, string? value)
    {
        if (value is null)
        {
            return;
        }
        var ok = def.Type switch
        {
            "Integer" => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "Long" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "Float" or "Double" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            "Boolean" => value is "true" or "false",
            _ => true,
        };
        if (!ok)
        {
            throw CloudException.InvalidParameter($"Value for configuration {def.Name} must be of type {def.Type}: {value} is not");
        }
        if (def.Name is SettingNames.DefaultPageSize or SettingNames.PingInterval or SettingNames.UsageAggregationRange && long.Parse(value, CultureInfo.InvariantCulture) < 1)
        {
            throw CloudException.InvalidParameter($"Value for configuration {def.Name} must be at least 1");
        }
        if (def.Type is "Float" or "Double" && double.Parse(value, CultureInfo.InvariantCulture) <= 0)
        {
            throw CloudException.InvalidParameter($"Value for configuration {def.Name} must be greater than 0");
        }
        if (def.Name == SettingNames.UsageAggregationTimezone && value is not ("GMT" or "UTC") && !TimeZoneInfo.TryFindSystemTimeZoneById(value, out _))
        {
            throw CloudException.InvalidParameter($"Value for configuration {def.Name} must be a time zone id such as GMT or Europe/Berlin");
        }
        if (def.Name == SettingNames.SessionKeyCheckLocations && value is not ("CookieAndParameter" or "CookieOrParameter" or "ParameterOnly"))
        {
            throw CloudException.InvalidParameter($"Value for configuration {def.Name} must be one of CookieAndParameter, CookieOrParameter, ParameterOnly");
        }
    }

    private async Task<Snapshot> LoadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var rows = await db.Configuration.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.Value, ct);
        var snapshot = new Snapshot(rows, time.GetUtcNow());
        _snapshot = snapshot;
        return snapshot;
    }
}
