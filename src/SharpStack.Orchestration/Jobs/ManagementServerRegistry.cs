using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpStack.Core.Jobs;
using SharpStack.Data;

namespace SharpStack.Orchestration.Jobs;

/// <summary>
/// Registers this server in the shared database, heartbeats, and cleans up after servers that
/// stopped: their running jobs fail with a clear error instead of staying "in progress" forever.
/// </summary>
public sealed partial class ManagementServerRegistry(
    IServiceScopeFactory scopes,
    ServerIdentity identity,
    TimeProvider time,
    ILogger<ManagementServerRegistry> log) : BackgroundService
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan DeadAfter = TimeSpan.FromSeconds(60);

    public const string InterruptedMessage = "Job failed because the management server running it stopped before it completed";

    /// <summary>Runs before the API starts serving: registers and fails this server's own interrupted jobs.</summary>
    public async Task RegisterAsync(string version, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var row = await db.ManagementServers.FirstOrDefaultAsync(m => m.Uuid == identity.Uuid, ct);
        if (row is null)
        {
            row = new ManagementServer { Uuid = identity.Uuid, Name = identity.Name, Version = version };
            db.ManagementServers.Add(row);
        }
        row.Name = identity.Name;
        row.Version = version;
        row.State = ManagementServerState.Up;
        row.Started = now;
        row.LastHeartbeat = now;
        await db.SaveChangesAsync(ct);
        identity.Id = row.Id;
        var failed = await FailRunningJobsAsync(db, [row.Id], ct);
        await ReleaseInterruptedWorkAsync(db, [row.Id], ct);
        if (failed > 0)
        {
            LogInterrupted(log, failed);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(HeartbeatInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await HeartbeatAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogHeartbeatFailed(log, e);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task HeartbeatAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        await db.ManagementServers.Where(m => m.Id == identity.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastHeartbeat, now).SetProperty(m => m.State, ManagementServerState.Up), ct);
        var deadline = now - DeadAfter;
        var dead = await db.ManagementServers
            .Where(m => m.Id != identity.Id && m.State == ManagementServerState.Up && m.LastHeartbeat < deadline)
            .Select(m => m.Id).ToListAsync(ct);
        if (dead.Count == 0)
        {
            return;
        }
        await db.ManagementServers.Where(m => dead.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, ManagementServerState.Down), ct);
        var failed = await FailRunningJobsAsync(db, dead, ct);
        await ReleaseInterruptedWorkAsync(db, dead, ct);
        LogPeersDown(log, dead.Count, failed);
    }

    private async Task<int> FailRunningJobsAsync(CloudDbContext db, IReadOnlyCollection<long> servers, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var result = "{\"errorcode\":530,\"errortext\":\"" + InterruptedMessage + "\"}";
        return await db.AsyncJobs
            .Where(j => j.Phase == JobPhase.Running && j.ManagementServerId != null && servers.Contains(j.ManagementServerId.Value))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Phase, JobPhase.Done)
                .SetProperty(j => j.Status, JobStatus.Failed)
                .SetProperty(j => j.ResultCode, 530)
                .SetProperty(j => j.Result, result)
                .SetProperty(j => j.Completed, now), ct);
    }

    /// <summary>
    /// Networks the stopped servers were implementing go back to Allocated, so the next start
    /// implements them again (the steps reuse the VLAN, address and router they already got).
    /// </summary>
    private static Task ReleaseInterruptedWorkAsync(CloudDbContext db, IReadOnlyCollection<long> servers, CancellationToken ct) =>
        db.Networks
            .Where(n => n.State == Core.Networks.NetworkState.Implementing && n.ImplementingServerId != null && servers.Contains(n.ImplementingServerId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.State, Core.Networks.NetworkState.Allocated).SetProperty(n => n.ImplementingServerId, (long?)null), ct);

    public async Task MarkStoppedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        await db.ManagementServers.Where(m => m.Id == identity.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, ManagementServerState.Down), ct);
    }

    [LoggerMessage(1001, LogLevel.Warning, "Failed {Count} jobs that were running when this server last stopped")]
    private static partial void LogInterrupted(ILogger logger, int count);

    [LoggerMessage(1002, LogLevel.Warning, "Heartbeat failed")]
    private static partial void LogHeartbeatFailed(ILogger logger, Exception e);

    [LoggerMessage(1003, LogLevel.Warning, "{Servers} management servers stopped heartbeating; failed {Jobs} of their running jobs")]
    private static partial void LogPeersDown(ILogger logger, int servers, int jobs);
}
