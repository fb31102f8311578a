using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Alerts;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Hosts;

/// <summary>
/// Watches agents' pings: a host silent for ping.interval × ping.timeout seconds goes to Alert,
/// and after twice that to Down; each step raises an alert and takes the host's capacity away.
/// </summary>
public sealed partial class HostMonitor(IServiceScopeFactory scopes, SettingsService settings, AlertLog alerts, TimeProvider time, ILogger<HostMonitor> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CheckOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(log, e);
            }
            // A cheap indexed query; checking every second keeps Alert and Down apart even with short ping intervals.
            await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private readonly DateTimeOffset _started = time.GetUtcNow();

    public async Task CheckOnceAsync(CancellationToken ct)
    {
        var grace = await GraceAsync(settings, ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (time.GetUtcNow() - _started < grace)
        {
            // After a server start, agents get one grace period to reconnect before anyone is judged silent.
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        await MoveAsync(db, [HostStatus.Up, HostStatus.Connecting], HostStatus.Alert, now - grace, now, ct);
        await MoveAsync(db, [HostStatus.Alert, HostStatus.Disconnected], HostStatus.Down, now - 2 * grace, now, ct);
    }

    /// <summary>How long a host may stay silent before it is in Alert.</summary>
    public static async Task<TimeSpan> GraceAsync(SettingsService settings, CancellationToken ct)
    {
        var interval = Math.Max(1, await settings.GetLongAsync(SettingNames.PingInterval, ct));
        var multiplier = await settings.GetDoubleAsync(SettingNames.PingTimeout, ct);
        return TimeSpan.FromSeconds(interval * (multiplier > 0 ? multiplier : 2.5));
    }

    private async Task MoveAsync(CloudDbContext db, HostStatus[] from, HostStatus to, DateTime silentSince, DateTime now, CancellationToken ct)
    {
        var candidates = await db.Hosts.AsNoTracking()
            .Where(h => h.Removed == null && from.Contains(h.Status) && h.ResourceState != ResourceState.Maintenance && (h.LastPinged == null || h.LastPinged < silentSince))
            .ToListAsync(ct);
        foreach (var host in candidates)
        {
            var previous = host.Status;
            var moved = await db.Hosts
                .Where(h => h.Id == host.Id && h.Status == previous)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.Status, to).SetProperty(h => h.Disconnected, h => h.Disconnected ?? now), ct);
            if (moved == 0)
            {
                continue;
            }
            host.Status = to;
            await CapacityLedger.SyncHostAsync(db, host, ct);
            alerts.Raise(db, AlertTypes.Host, AlertTypes.HostName,
                $"Host {host.Name} ({host.IpAddress}) is {to}: its agent has not pinged since {host.LastPinged:u}", host.ZoneId, host.PodId, host.ClusterId);
            await db.SaveChangesAsync(ct);
            LogHostMoved(log, host.Name, previous, to);
        }
    }

    [LoggerMessage(5001, LogLevel.Warning, "Host monitor pass failed")]
    private static partial void LogFailed(ILogger logger, Exception e);

    [LoggerMessage(5002, LogLevel.Warning, "Host {Host} went from {From} to {To}")]
    private static partial void LogHostMoved(ILogger logger, string host, HostStatus from, HostStatus to);
}
