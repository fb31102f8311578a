using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Data;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Compute;

/// <summary>
/// Expunges instances destroyed (or failed to deploy) more than expunge.delay seconds ago, every
/// expunge.interval seconds. Several servers may run it: the state move lets only one expunge each.
/// </summary>
public sealed partial class VmExpunger(
    IServiceScopeFactory scopes,
    VmOrchestrator orchestrator,
    SettingsService settings,
    TimeProvider time,
    ILogger<VmExpunger> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var last = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            try
            {
                var interval = TimeSpan.FromSeconds(Math.Max(1, await settings.GetLongAsync(SettingNames.ExpungeInterval, stoppingToken)));
                if (time.GetUtcNow() - last >= interval)
                {
                    last = time.GetUtcNow();
                    await ExpungeDueAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(log, e);
            }
        }
    }

    public async Task<int> ExpungeDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var cutoff = time.GetUtcNow().UtcDateTime.AddSeconds(-await settings.GetLongAsync(SettingNames.ExpungeDelay, ct));
        var due = await db.VirtualMachines
            .Where(v => v.Removed == null && (v.State == VmState.Destroyed || v.State == VmState.Error) && v.DestroyedAt != null && v.DestroyedAt <= cutoff)
            .OrderBy(v => v.Id).Take(100).ToListAsync(ct);
        var system = new EventActor(User.SystemId, Account.SystemId, Domain.RootId);
        var done = 0;
        foreach (var vm in due)
        {
            try
            {
                await orchestrator.ExpungeAsync(db, vm, system, ct);
                done++;
            }
            catch (CloudException)
            {
                // Recovered, or expunged by someone else, since it was listed.
                db.ChangeTracker.Clear();
            }
        }
        return done;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expunging destroyed instances failed")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
