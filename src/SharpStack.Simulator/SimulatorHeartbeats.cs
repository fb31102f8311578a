using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Simulator;

/// <summary>
/// The in-process simulated agents of this server: every ping interval they ping (one update for
/// all of them), except hosts whose PingCommand is mocked to fail; a host that pings again after
/// going Alert or Down comes back Up.
/// </summary>
public sealed partial class SimulatorHeartbeats(
    IServiceScopeFactory scopes,
    SettingsService settings,
    ServerIdentity identity,
    TimeProvider time,
    ILogger<SimulatorHeartbeats> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastPing = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Wake every second so a shorter ping.interval takes effect at once.
                var interval = TimeSpan.FromSeconds(Math.Max(1, await settings.GetLongAsync(SettingNames.PingInterval, stoppingToken)));
                if (time.GetUtcNow() - lastPing >= interval)
                {
                    lastPing = time.GetUtcNow();
                    await PingOnceAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(log, e);
            }
            await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async Task PingOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        // Simulator hosts whose agent runs in another process ping for themselves.
        var mine = db.Hosts.Where(h => h.Removed == null && h.Hypervisor == HypervisorType.Simulator && h.AgentId == null && h.ManagementServerId == identity.Id);
        var failing = await FailingHostsAsync(db, ct);
        await mine.Where(h => !failing.Contains(h.Id)).ExecuteUpdateAsync(s => s.SetProperty(h => h.LastPinged, now), ct);
        var returning = await mine
            .Where(h => !failing.Contains(h.Id) && (h.Status == HostStatus.Alert || h.Status == HostStatus.Down || h.Status == HostStatus.Disconnected || h.Status == HostStatus.Connecting))
            .ToListAsync(ct);
        foreach (var host in returning)
        {
            var previous = host.Status;
            var moved = await db.Hosts.Where(h => h.Id == host.Id && h.Status == previous)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.Status, HostStatus.Up).SetProperty(h => h.Disconnected, (DateTime?)null), ct);
            if (moved > 0)
            {
                host.Status = HostStatus.Up;
                await CapacityLedger.SyncHostAsync(db, host, ct);
                LogBack(log, host.Name, previous);
            }
        }
    }

    private static async Task<List<long>> FailingHostsAsync(CloudDbContext db, CancellationToken ct)
    {
        var mocks = (await SimulatorMocks.ActiveAsync(db, SimulatorMocks.Ping, ct)).Where(SimulatorMocks.Fails).ToList();
        if (mocks.Count == 0)
        {
            return [];
        }
        var hosts = await db.Hosts.AsNoTracking().Where(h => h.Removed == null && h.Hypervisor == HypervisorType.Simulator).ToListAsync(ct);
        return hosts.Where(h => mocks.Any(m => SimulatorMocks.Applies(m, h))).Select(h => h.Id).ToList();
    }

    [LoggerMessage(6001, LogLevel.Warning, "Simulated agents' ping failed")]
    private static partial void LogFailed(ILogger logger, Exception e);

    [LoggerMessage(6002, LogLevel.Information, "Simulated host {Host} is back Up after being {Previous}")]
    private static partial void LogBack(ILogger logger, string host, HostStatus previous);
}
