using System.Collections.Concurrent;

namespace SharpStack.Api.Auth;

/// <summary>
/// Rate limits failed logins and bad signatures per account key: after too many failures in a
/// window every attempt, right or wrong, is refused with the same answer until the window passes.
/// </summary>
public sealed class FailedAuthThrottle(TimeProvider time, int maxFailures = 5, TimeSpan? window = null)
{
    private readonly TimeSpan _window = window ?? TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.OrdinalIgnoreCase);

    private sealed class Failures
    {
        public readonly Queue<DateTimeOffset> Times = new();
    }

    public bool IsBlocked(string key)
    {
        if (!_failures.TryGetValue(key, out var failures))
        {
            return false;
        }
        lock (failures)
        {
            Prune(failures);
            return failures.Times.Count >= maxFailures;
        }
    }

    public void RecordFailure(string key)
    {
        if (_failures.Count > 100_000)
        {
            _failures.Clear();
        }
        var failures = _failures.GetOrAdd(key, _ => new Failures());
        lock (failures)
        {
            Prune(failures);
            failures.Times.Enqueue(time.GetUtcNow());
        }
    }

    public void Reset(string key) => _failures.TryRemove(key, out _);

    private void Prune(Failures failures)
    {
        var limit = time.GetUtcNow() - _window;
        while (failures.Times.Count > 0 && failures.Times.Peek() < limit)
        {
            failures.Times.Dequeue();
        }
    }
}
