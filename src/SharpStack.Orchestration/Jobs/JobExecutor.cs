using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpStack.Core.Jobs;
using SharpStack.Data;

namespace SharpStack.Orchestration.Jobs;

public sealed class JobExecutorOptions
{
    /// <summary>How many jobs this server runs at once.</summary>
    public int MaxConcurrentJobs { get; set; } = 16;

    /// <summary>How often the queue is polled when nothing signals new work.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// Claims queued jobs from the database and runs them with bounded concurrency. A claim is a
/// conditional update, so a job runs once, and never while another job with the same sync key
/// (the same account, VM, volume, ...) is running.
/// </summary>
public sealed partial class JobExecutor(
    IServiceScopeFactory scopes,
    IJobRunner runner,
    JobSignal signal,
    ServerIdentity identity,
    JobExecutorOptions options,
    TimeProvider time,
    ILogger<JobExecutor> log) : BackgroundService
{
    private readonly SemaphoreSlim _slots = new(options.MaxConcurrentJobs, options.MaxConcurrentJobs);
    private readonly HashSet<long> _running = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claimedAny = await ClaimAndStartAsync(stoppingToken);
                if (!claimedAny)
                {
                    await signal.WaitAsync(options.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LogLoopFailed(log, e);
                await Task.Delay(options.PollInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<bool> ClaimAndStartAsync(CancellationToken ct)
    {
        if (_slots.CurrentCount == 0)
        {
            await _slots.WaitAsync(ct);
            _slots.Release();
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var candidates = await db.AsyncJobs.AsNoTracking()
            .Where(j => j.Phase == JobPhase.Queued)
            .OrderBy(j => j.Id)
            .Select(j => new { j.Id, j.SyncKey })
            .Take(options.MaxConcurrentJobs * 2)
            .ToListAsync(ct);
        var started = false;
        foreach (var candidate in candidates)
        {
            if (!_slots.Wait(0, CancellationToken.None))
            {
                break;
            }
            var claimed = await ClaimAsync(db, candidate.Id, candidate.SyncKey, ct);
            if (claimed == 0)
            {
                _slots.Release();
                continue;
            }
            started = true;
            lock (_running)
            {
                _running.Add(candidate.Id);
            }
            _ = Task.Run(() => RunAsync(candidate.Id, ct), CancellationToken.None);
        }
        return started;
    }

    /// <summary>
    /// Moves a queued job to Running unless another job with its sync key runs. On PostgreSQL,
    /// where several servers may claim at once, an advisory lock on the key makes the check and
    /// the update one step; SQLite has one writer at a time anyway.
    /// </summary>
    private async Task<int> ClaimAsync(CloudDbContext db, long jobId, string? key, CancellationToken ct)
    {
        var serialize = key is not null && db.Database.IsNpgsql();
        await using var tx = serialize ? await db.Database.BeginTransactionAsync(ct) : null;
        if (serialize)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({StableHash(key!)})", ct);
        }
        var claimed = await db.AsyncJobs
            .Where(j => j.Id == jobId && j.Phase == JobPhase.Queued)
            .Where(j => key == null || !db.AsyncJobs.Any(o => o.SyncKey == key && o.Phase == JobPhase.Running))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Phase, JobPhase.Running)
                .SetProperty(j => j.ManagementServerId, identity.Id), ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }
        return claimed;
    }

    /// <summary>A 64-bit FNV-1a hash: the same on every server, unlike string.GetHashCode.</summary>
    internal static long StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return unchecked((long)hash);
    }

    private async Task RunAsync(long jobId, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
            // Stamped after the claim, so a job's start never precedes the end of the job it waited for.
            var started = time.GetUtcNow().UtcDateTime;
            await db.AsyncJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s.SetProperty(j => j.Started, started), ct);
            var job = await db.AsyncJobs.AsNoTracking().FirstAsync(j => j.Id == jobId, ct);
            JobOutcome outcome;
            try
            {
                outcome = await runner.RunAsync(job, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // The server is stopping; the job is failed at this server's next start.
                return;
            }
            catch (Exception e)
            {
                LogJobCrashed(log, jobId, e);
                outcome = new JobOutcome(JobStatus.Failed, 530, "{\"errorcode\":530,\"errortext\":\"Internal error executing the job\"}");
            }
            var now = time.GetUtcNow().UtcDateTime;
            await db.AsyncJobs
                .Where(j => j.Id == jobId && j.Phase == JobPhase.Running && j.ManagementServerId == identity.Id)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.Phase, JobPhase.Done)
                    .SetProperty(j => j.Status, outcome.Status)
                    .SetProperty(j => j.ResultCode, outcome.ResultCode)
                    .SetProperty(j => j.Result, outcome.ResultJson)
                    .SetProperty(j => j.Completed, now), CancellationToken.None);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogJobCrashed(log, jobId, e);
        }
        finally
        {
            lock (_running)
            {
                _running.Remove(jobId);
            }
            _slots.Release();
            // A finished job may unblock others waiting on its sync key.
            signal.Notify();
        }
    }

    [LoggerMessage(2001, LogLevel.Error, "Job executor loop failed")]
    private static partial void LogLoopFailed(ILogger logger, Exception e);

    [LoggerMessage(2002, LogLevel.Error, "Job {JobId} failed unexpectedly")]
    private static partial void LogJobCrashed(ILogger logger, long jobId, Exception e);
}
