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
    private readonly ConcurrentDictionary<string, long> _slowBySql = new(StringComparer.Ordinal);
    private long _commands;
    private long _ticks;
    private long _compilations;
    private long _slowCommands;
    private long _transactions;
    private long _transactionTicks;
    private long _slowTransactions;
    private long _maxTransactionTicks;
    private readonly Lock _slowestLock = new();
    private TimeSpan _slowestDuration;
    private (string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)? _slowest;

    /// <summary>
    /// Commands and transaction starts at least this long count as slow: Microsoft.Data.Sqlite
    /// answers a busy database by sleeping 150 ms and trying again, so on SQLite they are the ones that waited for the write lock.
    /// </summary>
    public static readonly TimeSpan SlowThreshold = TimeSpan.FromMilliseconds(150);

    public DbCommandProbe() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public volatile bool Active;

    public long Commands => Interlocked.Read(ref _commands);

    /// <summary>LINQ queries EF Core had to translate because its query cache had no plan for them.</summary>
    public long Compilations => Interlocked.Read(ref _compilations);

    public TimeSpan Duration => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    /// <summary>Commands that took <see cref="SlowThreshold"/> or more until their first rows.</summary>
    public long SlowCommands => Interlocked.Read(ref _slowCommands);

    /// <summary>Transactions begun (EF Core's TransactionStarted), how long beginning them took in all and at most, and how many took <see cref="SlowThreshold"/> or more.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    public TimeSpan TransactionWait => TimeSpan.FromTicks(Interlocked.Read(ref _transactionTicks));

    public TimeSpan MaxTransactionWait => TimeSpan.FromTicks(Interlocked.Read(ref _maxTransactionTicks));

    public long SlowTransactions => Interlocked.Read(ref _slowTransactions);

    /// <summary>The longest command since the last reset, with its parameters, to ask the database for its plan.</summary>
    public (string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, TimeSpan Duration)? Slowest
    {
        get
        {
            lock (_slowestLock)
            {
                return _slowest is { } s ? (s.Sql, s.Parameters, _slowestDuration) : null;
            }
        }
    }

    /// <summary>The statements of the slow commands, most often slow first.</summary>
    public IReadOnlyList<(string Sql, long Count)> SlowBySql() =>
        _slowBySql.Select(kv => (kv.Key, kv.Value)).OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();

    public IReadOnlyList<(string Sql, long Count, TimeSpan Duration)> BySql() =>
        _bySql.Select(kv => (kv.Key, kv.Value.Count, TimeSpan.FromTicks(kv.Value.Ticks)))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();

    public void Reset()
    {
        Interlocked.Exchange(ref _commands, 0);
        Interlocked.Exchange(ref _ticks, 0);
        Interlocked.Exchange(ref _compilations, 0);
        Interlocked.Exchange(ref _slowCommands, 0);
        Interlocked.Exchange(ref _transactions, 0);
        Interlocked.Exchange(ref _transactionTicks, 0);
        Interlocked.Exchange(ref _slowTransactions, 0);
        Interlocked.Exchange(ref _maxTransactionTicks, 0);
        _bySql.Clear();
        _slowBySql.Clear();
        lock (_slowestLock)
        {
            _slowest = null;
            _slowestDuration = TimeSpan.Zero;
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(this, (name, _, _) => Active && (name == RelationalEventId.CommandExecuted.Name || name == CoreEventId.QueryCompilationStarting.Name
                    || name == RelationalEventId.TransactionStarted.Name)));
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
        if (value.Value is TransactionEndEventData started && value.Key == RelationalEventId.TransactionStarted.Name)
        {
            Interlocked.Increment(ref _transactions);
            Interlocked.Add(ref _transactionTicks, started.Duration.Ticks);
            if (started.Duration >= SlowThreshold)
            {
                Interlocked.Increment(ref _slowTransactions);
            }
            long max;
            while (started.Duration.Ticks > (max = Interlocked.Read(ref _maxTransactionTicks))
                   && Interlocked.CompareExchange(ref _maxTransactionTicks, started.Duration.Ticks, max) != max)
            {
            }
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
        lock (_slowestLock)
        {
            if (executed.Duration > _slowestDuration)
            {
                _slowestDuration = executed.Duration;
                _slowest = (executed.Command.CommandText,
                    executed.Command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, p.Value is DBNull ? null : p.Value)).ToList());
            }
        }
        if (executed.Duration >= SlowThreshold)
        {
            Interlocked.Increment(ref _slowCommands);
            _slowBySql.AddOrUpdate(sql, 1, (_, old) => old + 1);
        }
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
