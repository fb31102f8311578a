using SharpStack.Core.Errors;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Snapshots;

namespace SharpStack.Api.Tests;

public sealed class SnapshotScheduleTests
{
    private static DateTime Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(SnapshotInterval.HOURLY, "30", "2026-11-24T10:15", "2026-11-24T10:30")]
    [InlineData(SnapshotInterval.HOURLY, "30", "2026-11-24T10:30", "2026-11-24T11:30")]
    [InlineData(SnapshotInterval.DAILY, "00:02", "2026-11-24T10:15", "2026-11-25T02:00")]
    [InlineData(SnapshotInterval.DAILY, "45:23", "2026-11-24T10:15", "2026-11-24T23:45")]
    // 2026-11-24 is a Tuesday; weekly day 1 is Sunday.
    [InlineData(SnapshotInterval.WEEKLY, "00:01:1", "2026-11-24T10:15", "2026-11-29T01:00")]
    [InlineData(SnapshotInterval.WEEKLY, "00:12:3", "2026-11-24T10:15", "2026-11-24T12:00")]
    [InlineData(SnapshotInterval.WEEKLY, "00:09:3", "2026-11-24T10:15", "2026-12-01T09:00")]
    [InlineData(SnapshotInterval.MONTHLY, "10:03:28", "2026-11-24T10:15", "2026-11-28T03:10")]
    [InlineData(SnapshotInterval.MONTHLY, "10:03:1", "2026-12-24T10:15", "2027-01-01T03:10")]
    public void Next_run_in_UTC(SnapshotInterval interval, string schedule, string after, string expected)
    {
        var next = SnapshotSchedules.NextRun(interval, schedule, "UTC", DateTime.SpecifyKind(DateTime.Parse(after, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc));
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void The_schedule_is_read_in_the_policy_time_zone()
    {
        // 02:00 in Berlin is 01:00 UTC in winter.
        Assert.Equal(Utc(2026, 11, 25, 1, 0), SnapshotSchedules.NextRun(SnapshotInterval.DAILY, "00:02", "Europe/Berlin", Utc(2026, 11, 24, 10, 0)));
        // Kolkata is UTC+5:30, so minute 0 of every local hour is minute 30 UTC.
        Assert.Equal(Utc(2026, 11, 24, 10, 30), SnapshotSchedules.NextRun(SnapshotInterval.HOURLY, "0", "Asia/Kolkata", Utc(2026, 11, 24, 10, 0)));
    }

    [Fact]
    public void A_time_in_the_spring_forward_gap_runs_right_after_it()
    {
        // On 2026-03-29 Berlin jumps from 02:00 to 03:00: 02:30 does not exist that day.
        Assert.Equal(Utc(2026, 3, 29, 1, 0), SnapshotSchedules.NextRun(SnapshotInterval.DAILY, "30:02", "Europe/Berlin", Utc(2026, 3, 28, 12, 0)));
    }

    [Theory]
    [InlineData(SnapshotInterval.HOURLY, "60")]
    [InlineData(SnapshotInterval.HOURLY, "10:02")]
    [InlineData(SnapshotInterval.DAILY, "00:24")]
    [InlineData(SnapshotInterval.WEEKLY, "00:01:8")]
    [InlineData(SnapshotInterval.MONTHLY, "00:01:29")]
    [InlineData(SnapshotInterval.DAILY, "a:b")]
    public void Bad_schedules_are_refused_with_431(SnapshotInterval interval, string schedule)
    {
        var e = Assert.Throws<CloudException>(() => SnapshotSchedules.Parse(interval, schedule));
        Assert.Equal(ApiErrorCode.ParamError, e.Code);
    }

    [Fact]
    public void Unknown_time_zones_are_refused_with_431()
    {
        var e = Assert.Throws<CloudException>(() => SnapshotSchedules.NextRun(SnapshotInterval.HOURLY, "0", "Mars/Olympus", Utc(2026, 1, 1, 0, 0)));
        Assert.Equal(ApiErrorCode.ParamError, e.Code);
    }
}
