using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Alerts;

/// <summary>
/// Every capacity.check.period milliseconds, raises an alert for each cluster whose allocated CPU,
/// memory or primary storage passes its notification threshold, as upstream's capacity checker
/// does; the same alert is raised again only after alert.wait seconds.
/// </summary>
public sealed partial class CapacityAlerts(
    IServiceScopeFactory scopes,
    AlertLog alerts,
    SettingsService settings,
    TimeProvider time,
    ILogger<CapacityAlerts> log) : BackgroundService
{
    private sealed record Check(CapacityType Type, short AlertType, string AlertName, string Label, string Threshold, string? Factor);

    private static readonly Check[] Checks =
    [
        new(CapacityType.Cpu, AlertTypes.Cpu, AlertTypes.CpuName, "CPU", SettingNames.ClusterCpuNotificationThreshold, SettingNames.CpuOverprovisioningFactor),
        new(CapacityType.Memory, AlertTypes.Memory, AlertTypes.MemoryName, "Memory", SettingNames.ClusterMemoryNotificationThreshold, SettingNames.MemOverprovisioningFactor),
        new(CapacityType.StorageAllocated, AlertTypes.StorageAllocated, AlertTypes.StorageAllocatedName, "Allocated Storage", SettingNames.ClusterStorageAllocatedNotificationThreshold, SettingNames.StorageOverprovisioningFactor),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var last = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            try
            {
                var period = TimeSpan.FromMilliseconds(Math.Max(1000, await settings.GetLongAsync(SettingNames.CapacityCheckPeriod, stoppingToken)));
                if (time.GetUtcNow() - last >= period)
                {
                    last = time.GetUtcNow();
                    await CheckOnceAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(log, e);
            }
        }
    }

    public async Task<int> CheckOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var quietSince = now.AddSeconds(-Math.Max(0, await settings.GetLongAsync(SettingNames.AlertWait, ct)));
        var sums = await db.Capacity.AsNoTracking()
            .Where(c => c.Enabled && c.ClusterId != null && (c.Type == CapacityType.Cpu || c.Type == CapacityType.Memory || c.Type == CapacityType.StorageAllocated))
            .GroupBy(c => new { c.ZoneId, c.PodId, ClusterId = c.ClusterId!.Value, c.Type })
            .Select(g => new { g.Key.ZoneId, g.Key.PodId, g.Key.ClusterId, g.Key.Type, Used = g.Sum(c => c.Used + c.Reserved), Total = g.Sum(c => c.Total) })
            .ToListAsync(ct);
        var clusterIds = sums.Select(s => s.ClusterId).Distinct().ToList();
        var clusters = await db.Clusters.AsNoTracking().Where(c => clusterIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var podIds = clusters.Values.Select(c => c.PodId).Distinct().ToList();
        var pods = await db.Pods.AsNoTracking().Where(p => podIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var zoneIds = clusters.Values.Select(c => c.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, z => z.Name, ct);
        var alertTypes = Checks.Select(c => c.AlertType).ToList();
        var recent = (await db.Alerts.AsNoTracking()
                .Where(a => alertTypes.Contains(a.Type) && a.ClusterId != null && !a.Archived && a.Created > quietSince)
                .Select(a => new { a.Type, ClusterId = a.ClusterId!.Value })
                .ToListAsync(ct))
            .Select(a => (a.Type, a.ClusterId)).ToHashSet();
        var raised = 0;
        foreach (var check in Checks)
        {
            var threshold = await settings.GetDoubleAsync(check.Threshold, ct);
            var factor = check.Factor is null ? 1 : Math.Max(1, await settings.GetDoubleAsync(check.Factor, ct));
            foreach (var sum in sums.Where(s => s.Type == check.Type && s.Total > 0))
            {
                var usedFraction = sum.Used / (sum.Total * factor);
                if (threshold <= 0 || usedFraction < threshold || !clusters.TryGetValue(sum.ClusterId, out var cluster))
                {
                    continue;
                }
                if (recent.Contains((check.AlertType, sum.ClusterId)))
                {
                    continue;
                }
                alerts.Raise(db, check.AlertType, check.AlertName,
                    string.Create(CultureInfo.InvariantCulture,
                        $"System Alert: Low Available {check.Label} in cluster {cluster.Name} pod {pods.GetValueOrDefault(cluster.PodId)} of availability zone {zones.GetValueOrDefault(cluster.ZoneId)}: {usedFraction * 100:0.##}% allocated, above the notification threshold of {threshold * 100:0.##}%"),
                    sum.ZoneId, sum.PodId, sum.ClusterId);
                raised++;
            }
        }
        await db.SaveChangesAsync(ct);
        return raised;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking capacity for alerts failed")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
