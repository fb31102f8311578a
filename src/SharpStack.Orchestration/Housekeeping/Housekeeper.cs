using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpStack.Core.Jobs;
using SharpStack.Data;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Housekeeping;

/// <summary>
/// Removes what has outlived its settings: finished jobs after job.expire.minutes, events after
/// event.purge.delay days (0 keeps them), and idle sessions past their timeout.
/// </summary>
public sealed partial class Housekeeper(IServiceScopeFactory scopes, SettingsService settings, TimeProvider time, ILogger<Housekeeper> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            do
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(log, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async Task RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var jobCutoff = now.AddMinutes(-await settings.GetLongAsync(SettingNames.JobExpireMinutes, ct));
        await db.AsyncJobs.Where(j => j.Phase == JobPhase.Done && j.Completed < jobCutoff).ExecuteDeleteAsync(ct);
        var eventDays = await settings.GetLongAsync(SettingNames.EventPurgeDelay, ct);
        if (eventDays > 0)
        {
            var eventCutoff = now.AddDays(-eventDays);
            await db.Events.Where(e => e.Created < eventCutoff).ExecuteDeleteAsync(ct);
        }
        var sessions = await db.Sessions.AsNoTracking().Select(s => new { s.Id, s.LastAccess, s.TimeoutSeconds }).ToListAsync(ct);
        var expired = sessions.Where(s => s.LastAccess.AddSeconds(s.TimeoutSeconds) < now).Select(s => s.Id).ToList();
        if (expired.Count > 0)
        {
            await db.Sessions.Where(s => expired.Contains(s.Id)).ExecuteDeleteAsync(ct);
        }
    }

    [LoggerMessage(4001, LogLevel.Warning, "Housekeeping failed")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
