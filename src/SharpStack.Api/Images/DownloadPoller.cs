using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Api.Images;

/// <summary>
/// The loop of a background downloader: at start, puts back what a stop cut off; then every poll
/// starts the pending downloads this server has not started yet, each as its own task, and waits for
/// them when the server stops.
/// </summary>
public abstract partial class DownloadPoller(TimeProvider time, ILogger log) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private readonly ConcurrentDictionary<long, Task> _running = new();

    protected TimeProvider Time => time;

    protected abstract Task ResetInterruptedAsync(CancellationToken ct);

    protected abstract Task StartPendingAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ResetInterruptedAsync(stoppingToken);
            using var timer = new PeriodicTimer(PollInterval, time);
            do
            {
                try
                {
                    await StartPendingAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogPollFailed(log, GetType().Name, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
        await Task.WhenAll(_running.Values);
    }

    protected bool IsRunning(long id) => _running.ContainsKey(id);

    protected void Track(long id, Task work)
    {
        _running[id] = work;
        _ = work.ContinueWith(_ => _running.TryRemove(id, out Task? _), TaskScheduler.Default);
    }

    /// <summary>
    /// Zones with KVM clusters: there an "nfs" image store is real and the hosts' agents will fetch
    /// into it (not yet); elsewhere an "nfs" store is simulated.
    /// </summary>
    protected static Task<List<long>> KvmZonesAsync(CloudDbContext db, IReadOnlyCollection<long> zoneIds, CancellationToken ct) =>
        db.Clusters.AsNoTracking().Where(c => zoneIds.Contains(c.ZoneId) && c.Hypervisor == HypervisorType.KVM)
            .Select(c => c.ZoneId).Distinct().ToListAsync(ct);

    /// <summary>A simulated store: the URL is still checked, nothing is fetched.</summary>
    protected async Task SimulateFetchAsync(ImageFetcher fetcher, string url, CancellationToken ct)
    {
        await fetcher.ValidateAsync(url, ct);
        await Task.Delay(TimeSpan.FromSeconds(1), time, ct);
    }

    [LoggerMessage(4101, LogLevel.Warning, "{Poller}: looking for downloads to start failed")]
    private static partial void LogPollFailed(ILogger logger, string poller, Exception e);
}
