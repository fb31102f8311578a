using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Capacity;

namespace SharpStack.Orchestration.Agents;

/// <summary>
/// Collects agents' pings in memory and writes them once a second in batches, so thousands of
/// hosts pinging cost a few statements instead of one write each. A host that was not Up (Alert,
/// Down, ...) comes back Up in the same pass.
/// </summary>
public sealed partial class PingRecorder(IServiceScopeFactory scopes, TimeProvider time, ILogger<PingRecorder> log) : BackgroundService
{
    private const int BatchSize = 500;
    private ConcurrentDictionary<long, byte> _pending = new();

    public void Record(long hostId) => _pending[hostId] = 0;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            try
            {
                await FlushAsync(CancellationToken.None);
            }
            catch (Exception e)
            {
                LogFlushFailed(log, e);
            }
        }
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        var batch = Interlocked.Exchange(ref _pending, new ConcurrentDictionary<long, byte>()).Keys.ToList();
        if (batch.Count == 0)
        {
            return;
        }
        var now = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        foreach (var chunk in batch.Chunk(BatchSize))
        {
            await db.Hosts.Where(h => chunk.Contains(h.Id)).ExecuteUpdateAsync(s => s.SetProperty(h => h.LastPinged, now), ct);
            var returning = await db.Hosts.AsNoTracking()
                .Where(h => chunk.Contains(h.Id) && h.Removed == null && h.Status != HostStatus.Up)
                .ToListAsync(ct);
            foreach (var host in returning)
            {
                if (await db.Hosts.Where(h => h.Id == host.Id && h.Status == host.Status)
                        .ExecuteUpdateAsync(s => s.SetProperty(h => h.Status, HostStatus.Up).SetProperty(h => h.Disconnected, (DateTime?)null), ct) > 0)
                {
                    host.Status = HostStatus.Up;
                    await CapacityLedger.SyncHostAsync(db, host, ct);
                }
            }
        }
    }

    [LoggerMessage(7101, LogLevel.Warning, "Writing agents' pings failed")]
    private static partial void LogFlushFailed(ILogger logger, Exception e);
}
