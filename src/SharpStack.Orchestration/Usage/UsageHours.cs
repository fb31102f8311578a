using System.Globalization;

namespace SharpStack.Orchestration.Usage;

/// <summary>How long an interval overlaps a period, and hours shown as upstream shows them.</summary>
public static class UsageHours
{
    public static TimeSpan Overlap(DateTime start, DateTime? end, DateTime periodStart, DateTime periodEnd)
    {
        var from = start > periodStart ? start : periodStart;
        var to = end is { } e && e < periodEnd ? e : periodEnd;
        return to > from ? to - from : TimeSpan.Zero;
    }

    public static double Of(TimeSpan span) => (double)span.Ticks / TimeSpan.TicksPerHour;

    /// <summary>At most six decimals and no trailing zeros, like upstream's "#.######".</summary>
    public static string Format(double hours) => hours.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Display(double hours) => Format(hours) + " Hrs";
}
