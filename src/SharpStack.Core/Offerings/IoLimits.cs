namespace SharpStack.Core.Offerings;

/// <summary>Disk bandwidth and IOPS limits of an offering (upstream's bytes/iops read/write rates, bursts and burst lengths).</summary>
public sealed class IoLimits
{
    public long? BytesReadRate { get; set; }
    public long? BytesReadRateMax { get; set; }
    public long? BytesReadRateMaxLength { get; set; }
    public long? BytesWriteRate { get; set; }
    public long? BytesWriteRateMax { get; set; }
    public long? BytesWriteRateMaxLength { get; set; }
    public long? IopsReadRate { get; set; }
    public long? IopsReadRateMax { get; set; }
    public long? IopsReadRateMaxLength { get; set; }
    public long? IopsWriteRate { get; set; }
    public long? IopsWriteRateMax { get; set; }
    public long? IopsWriteRateMaxLength { get; set; }
    public bool CustomizedIops { get; set; }
    public long? MinIops { get; set; }
    public long? MaxIops { get; set; }
    public string? CacheMode { get; set; }
}
