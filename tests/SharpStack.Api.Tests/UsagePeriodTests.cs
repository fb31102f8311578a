using SharpStack.Core.Usage;
using SharpStack.Orchestration.Usage;

namespace SharpStack.Api.Tests;

public sealed class UsagePeriodTests
{
    private static DateTime Utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) => new(y, mo, d, h, mi, s, DateTimeKind.Utc);

    [Fact]
    public void A_daily_period_is_the_utc_day_by_default()
    {
        var (start, end) = UsagePeriods.Containing(Utc(2030, 3, 4, 10, 30), 1440, UsagePeriods.Zone("GMT"));
        Assert.Equal(Utc(2030, 3, 4), start);
        Assert.Equal(Utc(2030, 3, 5), end);
    }

    [Fact]
    public void Hourly_periods_start_on_the_hour_and_a_boundary_starts_a_period()
    {
        Assert.Equal((Utc(2030, 3, 4, 10), Utc(2030, 3, 4, 11)), UsagePeriods.Containing(Utc(2030, 3, 4, 10, 59, 59), 60, TimeZoneInfo.Utc));
        Assert.Equal((Utc(2030, 3, 4, 11), Utc(2030, 3, 4, 12)), UsagePeriods.Containing(Utc(2030, 3, 4, 11), 60, TimeZoneInfo.Utc));
    }

    [Fact]
    public void A_daily_period_follows_the_aggregation_timezone_and_its_daylight_saving_change()
    {
        var berlin = UsagePeriods.Zone("Europe/Berlin");
        Assert.Equal((Utc(2030, 3, 3, 23), Utc(2030, 3, 4, 23)), UsagePeriods.Containing(Utc(2030, 3, 4, 12), 1440, berlin));
        // 31 March 2030 has 23 hours in Berlin.
        var (start, end) = UsagePeriods.Containing(Utc(2030, 3, 31, 12), 1440, berlin);
        Assert.Equal(Utc(2030, 3, 30, 23), start);
        Assert.Equal(TimeSpan.FromHours(23), end - start);
    }

    [Fact]
    public void After_a_range_change_the_next_period_starts_where_the_last_ended()
    {
        var (start, end) = UsagePeriods.After(Utc(2030, 3, 4, 10, 30), 60, TimeZoneInfo.Utc);
        Assert.Equal(Utc(2030, 3, 4, 10, 30), start);
        Assert.Equal(Utc(2030, 3, 4, 11), end);
    }

    [Fact]
    public void Ninety_minutes_running_split_over_hourly_periods_and_summed_in_a_day()
    {
        var intervals = new[]
        {
            Interval(UsageTypes.RunningVm, Utc(2030, 3, 4, 9, 45), Utc(2030, 3, 4, 11, 15)),
            Interval(UsageTypes.AllocatedVm, Utc(2030, 3, 4, 9, 45), null),
        };
        var hours = Enumerable.Range(9, 3).Select(h => UsageRecordBuilder.Build(intervals, Utc(2030, 3, 4, h), Utc(2030, 3, 4, h + 1))
            .Single(r => r.UsageType == UsageTypes.RunningVm).RawUsage).ToList();
        Assert.Equal([0.25, 1.0, 0.25], hours);
        var day = UsageRecordBuilder.Build(intervals, Utc(2030, 3, 4), Utc(2030, 3, 5));
        var running = day.Single(r => r.UsageType == UsageTypes.RunningVm);
        Assert.Equal(1.5, running.RawUsage);
        Assert.Equal("1.5 Hrs", running.UsageDisplay);
        Assert.Equal(Utc(2030, 3, 4, 23, 59, 59), running.EndDate);
        Assert.Equal(14.25, day.Single(r => r.UsageType == UsageTypes.AllocatedVm).RawUsage);
        Assert.Empty(UsageRecordBuilder.Build(intervals, Utc(2030, 3, 3), Utc(2030, 3, 4)));
    }

    [Fact]
    public void Hours_are_shown_with_at_most_six_decimals()
    {
        Assert.Equal("0.000278 Hrs", UsageHours.Display(UsageHours.Of(TimeSpan.FromSeconds(1))));
        Assert.Equal("24 Hrs", UsageHours.Display(24));
    }

    private static UsageInterval Interval(int type, DateTime start, DateTime? end) => new()
    {
        UsageType = type, AccountId = 2, DomainId = 1, ZoneId = 1, ResourceId = 7, ResourceName = "i-2-7-VM", OfferingId = 3, TemplateId = 4,
        Start = start, End = end,
    };
}
