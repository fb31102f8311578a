using System.Globalization;
using SharpStack.Core.Errors;
using SharpStack.Core.Storage;

namespace SharpStack.Orchestration.Snapshots;

/// <summary>Upstream's snapshot schedule strings, read in the policy's time zone.</summary>
public static class SnapshotSchedules
{
    /// <summary>The parsed schedule: minute, hour, and day (day of week 1-7 with 1 = Sunday, or day of month 1-28).</summary>
    public readonly record struct Schedule(int Minute, int Hour, int Day);

    public static Schedule Parse(SnapshotInterval interval, string text)
    {
        var parts = text.Split(':');
        var expected = interval switch
        {
            SnapshotInterval.HOURLY => 1,
            SnapshotInterval.DAILY => 2,
            _ => 3,
        };
        var format = interval switch
        {
            SnapshotInterval.HOURLY => "MM (minute of the hour)",
            SnapshotInterval.DAILY => "MM:HH",
            SnapshotInterval.WEEKLY => "MM:HH:D (D = day of the week, 1 = Sunday)",
            _ => "MM:HH:DD (DD = day of the month, 1-28)",
        };
        if (parts.Length != expected || parts.Any(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw CloudException.InvalidParameter($"Invalid schedule {text} for a {interval} policy: use {format}");
        }
        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var schedule = new Schedule(numbers[0], numbers.Length > 1 ? numbers[1] : 0, numbers.Length > 2 ? numbers[2] : 0);
        var valid = schedule.Minute is >= 0 and <= 59 && schedule.Hour is >= 0 and <= 23 && interval switch
        {
            SnapshotInterval.WEEKLY => schedule.Day is >= 1 and <= 7,
            SnapshotInterval.MONTHLY => schedule.Day is >= 1 and <= 28,
            _ => true,
        };
        return valid ? schedule : throw CloudException.InvalidParameter($"Invalid schedule {text} for a {interval} policy: use {format}");
    }

    public static TimeZoneInfo Zone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw CloudException.InvalidParameter($"Unknown time zone {id}: use an IANA time zone such as UTC or Europe/Berlin");
        }
    }

    /// <summary>The first time strictly after <paramref name="afterUtc"/> that the schedule names, in UTC.</summary>
    public static DateTime NextRun(SnapshotInterval interval, string text, string timezone, DateTime afterUtc)
    {
        var s = Parse(interval, text);
        var zone = Zone(timezone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(afterUtc, DateTimeKind.Utc), zone);
        var start = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
        DateTime candidate = interval switch
        {
            SnapshotInterval.HOURLY => start.Date.AddHours(start.Hour).AddMinutes(s.Minute),
            SnapshotInterval.DAILY => start.Date.AddHours(s.Hour).AddMinutes(s.Minute),
            SnapshotInterval.WEEKLY => start.Date.AddDays(((s.Day - 1) - (int)start.DayOfWeek + 7) % 7).AddHours(s.Hour).AddMinutes(s.Minute),
            _ => new DateTime(start.Year, start.Month, s.Day, s.Hour, s.Minute, 0, DateTimeKind.Unspecified),
        };
        while (ToUtc(candidate, zone) <= afterUtc)
        {
            candidate = interval switch
            {
                SnapshotInterval.HOURLY => candidate.AddHours(1),
                SnapshotInterval.DAILY => candidate.AddDays(1),
                SnapshotInterval.WEEKLY => candidate.AddDays(7),
                _ => candidate.AddMonths(1),
            };
        }
        return ToUtc(candidate, zone);
    }

    /// <summary>A local time that does not exist (a spring-forward gap) runs at the first valid minute after it.</summary>
    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
