using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Core.Usage;
using SharpStack.Data;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Usage;

/// <summary>
/// Upstream's usage job: applies unprocessed usage events to the billable intervals, then writes the
/// records of every period that has ended and was not aggregated yet. One run is one transaction
/// under a database-wide usage lock, so aggregators in several processes never interleave, and a
/// period is written exactly once: after a restart or an outage the next run catches up.
/// </summary>
public sealed class UsageAggregator(IServiceScopeFactory scopes, SettingsService settings, TimeProvider time)
{
    private const long LockKey = 0x5553_4147_4500; // "USAGE"
    private const int EventBatch = 500;

    /// <summary>
    /// How long after its end a period is left open: an event is stamped when its change is made but
    /// seen only once its transaction commits, so a change made just before a period ended must have
    /// committed before that period is written.
    /// </summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromMinutes(1);

    public sealed record RunResult(int Events, int Periods, int Records);

    public async Task<RunResult> RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await RunAsync(scope.ServiceProvider.GetRequiredService<CloudDbContext>(), ct);
    }

    /// <summary>A run in the caller's context, joining its transaction when one is open.</summary>
    public async Task<RunResult> RunAsync(CloudDbContext db, CancellationToken ct)
    {
        var range = (int)Math.Clamp(await settings.GetLongAsync(SettingNames.UsageAggregationRange, ct), 0, int.MaxValue);
        var zone = UsagePeriods.Zone(await settings.GetAsync(SettingNames.UsageAggregationTimezone, ct));
        if (range < 1)
        {
            range = 1440;
        }
        var settled = time.GetUtcNow().UtcDateTime - SettleTime;
        await using var work = await UnitOfWork.BeginAsync(db, ct);
        await LockAsync(db, ct);
        var events = await ApplyEventsAsync(db, ct);
        var (periods, records) = await AggregatePeriodsAsync(db, settled, range, zone, ct);
        await work.CommitAsync(ct);
        return new RunResult(events, periods, records);
    }

    private static async Task LockAsync(CloudDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
        }
        // SQLite needs nothing more: its transactions begin IMMEDIATE, holding the one write lock.
    }

    private static async Task<int> ApplyEventsAsync(CloudDbContext db, CancellationToken ct)
    {
        var applied = 0;
        while (true)
        {
            var batch = await db.UsageEvents.Where(e => !e.Processed).OrderBy(e => e.Id).Take(EventBatch).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return applied;
            }
            foreach (var e in batch)
            {
                await UsageEventApplier.ApplyAsync(db, e, ct);
                e.Processed = true;
                await db.SaveChangesAsync(ct);
            }
            applied += batch.Count;
            db.ChangeTracker.Clear();
        }
    }

    private async Task<(int Periods, int Records)> AggregatePeriodsAsync(CloudDbContext db, DateTime settled, int range, TimeZoneInfo zone, CancellationToken ct)
    {
        var lastEnd = await db.UsagePeriods.OrderByDescending(p => p.End).Select(p => (DateTime?)p.End).FirstOrDefaultAsync(ct);
        if (lastEnd is null)
        {
            var first = await db.UsageIntervals.OrderBy(i => i.Start).Select(i => (DateTime?)i.Start).FirstOrDefaultAsync(ct);
            if (first is null)
            {
                return (0, 0);
            }
            lastEnd = UsagePeriods.Containing(first.Value, range, zone).Start;
        }
        var (periods, records) = (0, 0);
        var (start, end) = UsagePeriods.After(lastEnd.Value, range, zone);
        while (end <= settled)
        {
            records += await AggregateAsync(db, start, end, ct);
            periods++;
            (start, end) = UsagePeriods.After(end, range, zone);
        }
        return (periods, records);
    }

    private async Task<int> AggregateAsync(CloudDbContext db, DateTime start, DateTime end, CancellationToken ct)
    {
        var intervals = await db.UsageIntervals.AsNoTracking()
            .Where(i => i.Start < end && (i.End == null || i.End > start))
            .ToListAsync(ct);
        var records = UsageRecordBuilder.Build(intervals, start, end);
        var period = new UsagePeriod { Start = start, End = end, Records = records.Count, Aggregated = time.GetUtcNow().UtcDateTime };
        db.UsagePeriods.Add(period);
        await db.SaveChangesAsync(ct);
        foreach (var record in records)
        {
            record.PeriodId = period.Id;
        }
        db.UsageRecords.AddRange(records);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return records.Count;
    }
}
