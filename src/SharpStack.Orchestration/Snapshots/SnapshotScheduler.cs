using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Storage;
using SharpStack.Data;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Snapshots;

/// <summary>
/// Runs snapshot policies. Every snapshot.poll.interval seconds it claims the policies that are due
/// by moving their next run on with a conditional update (so each run happens once, across
/// restarts and servers), takes the snapshots, and deletes the oldest beyond the policy's maxsnaps.
/// </summary>
public sealed partial class SnapshotScheduler(
    IServiceScopeFactory scopes,
    SnapshotOrchestrator snapshots,
    SettingsService settings,
    TimeProvider time,
    ILogger<SnapshotScheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var last = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var interval = TimeSpan.FromSeconds(Math.Max(1, await settings.GetLongAsync(SettingNames.SnapshotPollInterval, stoppingToken)));
                if (time.GetUtcNow() - last >= interval)
                {
                    last = time.GetUtcNow();
                    await RunDueAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(log, e);
            }
            await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.SnapshotPolicies.AsNoTracking().Where(p => p.Removed == null && p.NextRun <= now).OrderBy(p => p.NextRun).Take(50).ToListAsync(ct);
        var taken = 0;
        foreach (var policy in due)
        {
            var next = SnapshotSchedules.NextRun(policy.Interval, policy.Schedule, policy.Timezone, now);
            var claimed = await db.SnapshotPolicies.Where(p => p.Id == policy.Id && p.NextRun == policy.NextRun)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.NextRun, next), ct) == 1;
            if (!claimed)
            {
                continue;
            }
            try
            {
                if (await RunAsync(db, policy, ct))
                {
                    taken++;
                }
            }
            catch (CloudException e)
            {
                LogPolicyFailed(log, policy.Uuid, e.Message);
            }
            db.ChangeTracker.Clear();
        }
        return taken;
    }

    private async Task<bool> RunAsync(CloudDbContext db, SnapshotPolicy policy, CancellationToken ct)
    {
        var volume = await db.Volumes.AsNoTracking().FirstOrDefaultAsync(v => v.Id == policy.VolumeId && v.Removed == null, ct);
        if (volume is null)
        {
            await db.SnapshotPolicies.Where(p => p.Id == policy.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Removed, time.GetUtcNow().UtcDateTime), ct);
            return false;
        }
        var actor = new EventActor(User.SystemId, volume.AccountId, volume.DomainId);
        Snapshot snapshot;
        await using (var tx = await UnitOfWork.BeginAsync(db, ct))
        {
            snapshot = await snapshots.AllocateAsync(db, volume, null, Enum.Parse<SnapshotType>(policy.Interval.ToString()), policy.Id, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await snapshots.TakeAsync(db, snapshot, actor, ct);
        var expired = await db.Snapshots
            .Where(s => s.PolicyId == policy.Id && s.Removed == null && (s.State == SnapshotState.BackedUp || s.State == SnapshotState.CreatedOnPrimary))
            .OrderByDescending(s => s.Created).ThenByDescending(s => s.Id)
            .Skip(policy.MaxSnaps)
            .ToListAsync(ct);
        foreach (var old in expired)
        {
            await snapshots.DeleteAsync(db, old, actor, ct);
        }
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Running snapshot policies failed")]
    private static partial void LogFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Snapshot policy {Policy} could not take its snapshot: {Reason}")]
    private static partial void LogPolicyFailed(ILogger logger, Guid policy, string reason);
}
