namespace SharpStack.Core.Usage;

/// <summary>
/// One aggregation period whose records have been written (upstream's usage_job). Start is unique,
/// so a period is aggregated once even when several aggregators share a database.
/// </summary>
public sealed class UsagePeriod
{
    public long Id { get; set; }
    public DateTime Start { get; set; }
    /// <summary>Exclusive end.</summary>
    public DateTime End { get; set; }
    public int Records { get; set; }
    public DateTime Aggregated { get; set; }
}
