namespace SharpStack.Orchestration.Usage;

/// <summary>
/// Aggregation periods: consecutive spans of usage.stats.job.aggregation.range minutes on the wall
/// clock of usage.aggregation.timezone. Ranges that divide a day start at local midnight, so a daily
/// period is a local calendar day (23 or 25 hours across a daylight saving change).
/// </summary>
public static class UsagePeriods
{
    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The period [Start, End) containing the UTC instant.</summary>
    public static (DateTime Start, DateTime End) Containing(DateTime utc, int rangeMinutes, TimeZoneInfo zone)
    {
        if (rangeMinutes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rangeMinutes), "the aggregation range is at least one minute");
        }
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        var anchor = 1440 % rangeMinutes == 0 ? local.Date : Epoch;
        var index = (long)Math.Floor((local - anchor).TotalMinutes / rangeMinutes);
        var startLocal = anchor.AddMinutes(index * rangeMinutes);
        return (ToUtc(startLocal, zone), ToUtc(startLocal.AddMinutes(rangeMinutes), zone));
    }

    /// <summary>
    /// The period that follows one ending at <paramref name="previousEnd"/>; it starts exactly there
    /// even when the range was changed in between, so no time is counted twice or lost.
    /// </summary>
    public static (DateTime Start, DateTime End) After(DateTime previousEnd, int rangeMinutes, TimeZoneInfo zone)
    {
        var (_, end) = Containing(previousEnd, rangeMinutes, zone);
        return (previousEnd, end);
    }

    /// <summary>A time zone by IANA or Windows id; GMT and unknown names mean UTC.</summary>
    public static TimeZoneInfo Zone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id is "GMT" or "UTC")
        {
            return TimeZoneInfo.Utc;
        }
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(local - zone.GetUtcOffset(local), DateTimeKind.Utc);
}
