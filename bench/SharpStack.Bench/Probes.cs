using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SharpStack.Bench;

/// <summary>Whole-process CPU time, allocations and GCs, to put a per-request cost next to req/s.</summary>
internal readonly record struct ProcessSample(TimeSpan Cpu, long AllocatedBytes, int Gen0, int Gen1, int Gen2)
{
    public static ProcessSample Take()
    {
        using var process = Process.GetCurrentProcess();
        return new ProcessSample(process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: false),
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    }

    public static ProcessSample operator -(ProcessSample a, ProcessSample b) =>
        new(a.Cpu - b.Cpu, a.AllocatedBytes - b.AllocatedBytes, a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2);
}

/// <summary>
/// Counts the SQL commands EF Core runs (its "Microsoft.EntityFrameworkCore" DiagnosticListener)
/// while <see cref="Active"/> is set; used only in the short probe pass after the timed runs,
/// so the timed runs pay nothing for it.
/// </summary>
internal sealed class DbCommandProbe : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly ConcurrentDictionary<string, (long Count, long Ticks)> _bySql = new(StringComparer.Ordinal);
    private long _commands;
    private long _ticks;
    private long _compilations;

    public DbCommandProbe() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public volatile bool Active;

    public long Commands => Interlocked.Read(ref _commands);

    /// <summary>LINQ queries EF Core had to translate because its query cache had no plan for them.</summary>
    public long Compilations => Interlocked.Read(ref _compilations);

    public TimeSpan Duration => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public IReadOnlyList<(string Sql, long Count, TimeSpan Duration)> BySql() =>
        _bySql.Select(kv => (kv.Key, kv.Value.Count, TimeSpan.FromTicks(kv.Value.Ticks)))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();

    public void Reset()
    {
        Interlocked.Exchange(ref _commands, 0);
        Interlocked.Exchange(ref _ticks, 0);
        Interlocked.Exchange(ref _compilations, 0);
        _bySql.Clear();
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(this, (name, _, _) => Active && (name == RelationalEventId.CommandExecuted.Name || name == CoreEventId.QueryCompilationStarting.Name)));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (!Active)
        {
            return;
        }
        if (value.Key == CoreEventId.QueryCompilationStarting.Name)
        {
            Interlocked.Increment(ref _compilations);
            return;
        }
        if (value.Value is not CommandExecutedEventData executed)
        {
            return;
        }
        Interlocked.Increment(ref _commands);
        Interlocked.Add(ref _ticks, executed.Duration.Ticks);
        var sql = string.Join(' ', executed.Command.CommandText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        _bySql.AddOrUpdate(sql, (1, executed.Duration.Ticks), (_, old) => (old.Count + 1, old.Ticks + executed.Duration.Ticks));
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            foreach (var s in _subscriptions)
            {
                s.Dispose();
            }
            _subscriptions.Clear();
        }
    }
}
