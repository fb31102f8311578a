namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>
/// A server clock that stands still until the test moves it, so times recorded by the server are
/// known to the second. Timers and timestamps stay real, so background services keep polling.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public DateTimeOffset Now => GetUtcNow();

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public void MoveTo(DateTimeOffset to)
    {
        if (to < GetUtcNow())
        {
            throw new ArgumentOutOfRangeException(nameof(to), "the clock only moves forward");
        }
        Interlocked.Exchange(ref _ticks, to.UtcTicks);
    }
}
