using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Data;

namespace SharpStack.Bench;

/// <summary>One async API call of a wave: when it was sent, what the API answered and how its job ended.</summary>
internal sealed class JobCall
{
    public required int Index { get; init; }
    /// <summary>The server's clock (the server runs in this process, so it is the same clock) right before the call was sent.</summary>
    public DateTime SubmittedUtc { get; set; }
    /// <summary>From sending the call until the API answered with the job id.</summary>
    public TimeSpan Answered { get; set; }
    /// <summary>From sending the call until a queryAsyncJobResult poll saw the job done.</summary>
    public TimeSpan? Observed { get; set; }
    public Guid JobId { get; set; }
    /// <summary>The instance the call made or acted on.</summary>
    public string? InstanceId { get; set; }
    public int Polls { get; set; }
    /// <summary>1 succeeded, 2 failed, 0 still running (timed out).</summary>
    public int JobStatus { get; set; }
    /// <summary>The instance's state in the job result.</summary>
    public string? State { get; set; }
    public string? Error { get; set; }

    // The server's stamps of the job, read from its database after the wave.
    public DateTime? Started { get; set; }
    public DateTime? Completed { get; set; }

    public bool Succeeded(string expectedState) => Error is null && JobStatus == 1 && State == expectedState && Completed is not null;

    /// <summary>From sending the call until the server marked the job done (its result written).</summary>
    public TimeSpan? CallToDone => Completed is { } c ? c - SubmittedUtc : null;

    /// <summary>From sending the call until a job slot took the job (the API's answer may come after that).</summary>
    public TimeSpan? ToStart => Started is { } s ? s - SubmittedUtc : null;

    public TimeSpan? Run => Started is { } s && Completed is { } c ? c - s : null;
}

/// <summary>What a wave of async calls measured.</summary>
internal sealed record WaveResult(
    string Command,
    string ExpectedState,
    int Concurrency,
    TimeSpan PollInterval,
    IReadOnlyList<JobCall> Calls,
    TimeSpan Elapsed,
    ProcessSample Cost,
    int PeakRunning,
    int MaxPoolThreads,
    long MaxPendingWorkItems)
{
    public int Failed => Calls.Count(c => !c.Succeeded(ExpectedState));
    public int Succeeded => Calls.Count - Failed;
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Succeeded / Elapsed.TotalSeconds : 0;
    public long Polls => Calls.Sum(c => (long)c.Polls);

    public Percentiles CallToDone => Percentiles.Of(Calls.Where(c => c.Succeeded(ExpectedState)).Select(c => c.CallToDone!.Value));
    public Percentiles Answered => Percentiles.Of(Calls.Where(c => c.Succeeded(ExpectedState)).Select(c => c.Answered));
    public Percentiles ToStart => Percentiles.Of(Calls.Where(c => c.Succeeded(ExpectedState)).Select(c => c.ToStart!.Value));
    public Percentiles Run => Percentiles.Of(Calls.Where(c => c.Succeeded(ExpectedState)).Select(c => c.Run!.Value));
    public Percentiles Observed => Percentiles.Of(Calls.Where(c => c.Succeeded(ExpectedState)).Select(c => c.Observed!.Value));

    public string? FirstError => Calls.Where(c => !c.Succeeded(ExpectedState))
        .Select(c => c.Error ?? $"job {c.JobId} ended with jobstatus {c.JobStatus}, instance state {c.State ?? "-"}").FirstOrDefault();
}

/// <summary>Nearest-rank percentiles of a set of durations.</summary>
internal sealed class Percentiles
{
    private readonly TimeSpan[] _sorted;

    private Percentiles(TimeSpan[] sorted) => _sorted = sorted;

    public static Percentiles Of(IEnumerable<TimeSpan> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return new Percentiles(sorted);
    }

    public int Count => _sorted.Length;

    public double Ms(double percentile)
    {
        if (_sorted.Length == 0)
        {
            return 0;
        }
        var rank = (int)Math.Ceiling(percentile / 100.0 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)].TotalMilliseconds;
    }

    public double MeanMs => _sorted.Length == 0 ? 0 : _sorted.Average(t => t.TotalMilliseconds);

    /// <summary>"p50 12 ms, p95 40 ms, p99 51 ms, max 60 ms".</summary>
    public string Format(string unitFormat = "0") => _sorted.Length == 0
        ? "no samples"
        : string.Create(CultureInfo.InvariantCulture,
            $"p50 {Ms(50).ToString(unitFormat, CultureInfo.InvariantCulture)} ms, p95 {Ms(95).ToString(unitFormat, CultureInfo.InvariantCulture)} ms, "
            + $"p99 {Ms(99).ToString(unitFormat, CultureInfo.InvariantCulture)} ms, max {Ms(100).ToString(unitFormat, CultureInfo.InvariantCulture)} ms");
}

/// <summary>
/// Sends N async API calls with at most C of them in flight: each of C loops sends a call, polls
/// its job with queryAsyncJobResult every poll interval until the job is done, then sends the
/// next. So there are never more than C pollers, whatever N is. The figures come from the
/// server's own stamps of each job (read from its database afterwards, same clock as the bench),
/// so they do not depend on the poll interval; the poll only frees the loop for its next call.
/// </summary>
internal static class JobWave
{
    public static async Task<WaveResult> RunAsync(
        SignedApi api,
        IServiceProvider services,
        string command,
        string responseName,
        string expectedState,
        int count,
        int concurrency,
        TimeSpan pollInterval,
        TimeSpan jobLimit,
        Func<int, (string Name, string Value)[]> argsFor,
        CancellationToken ct)
    {
        var calls = new JobCall[count];
        var next = -1;
        var cost0 = ProcessSample.Take();
        var started = Stopwatch.GetTimestamp();
        using var sampling = new CancellationTokenSource();
        var pool = SamplePoolAsync(sampling.Token);
        var loops = new Task[Math.Min(concurrency, count)];
        for (var l = 0; l < loops.Length; l++)
        {
            loops[l] = Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count)
                {
                    calls[i] = await OneAsync(api, command, responseName, i, argsFor(i), pollInterval, jobLimit, ct);
                }
            }, ct);
        }
        await Task.WhenAll(loops);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cost = ProcessSample.Take() - cost0;
        await sampling.CancelAsync();
        var (threads, pending) = await pool;
        await ReadStampsAsync(services, calls, ct);
        return new WaveResult(command, expectedState, concurrency, pollInterval, calls, elapsed, cost, PeakRunning(calls), threads, pending);
    }

    /// <summary>The thread pool's largest size and queue, sampled every 100 ms on a thread of its own (a starved pool cannot delay it).</summary>
    private static Task<(int Threads, long Pending)> SamplePoolAsync(CancellationToken ct) => Task.Factory.StartNew(() =>
    {
        int threads = 0;
        long pending = 0;
        while (!ct.IsCancellationRequested)
        {
            threads = Math.Max(threads, ThreadPool.ThreadCount);
            pending = Math.Max(pending, ThreadPool.PendingWorkItemCount);
            ct.WaitHandle.WaitOne(100);
        }
        return (threads, pending);
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static async Task<JobCall> OneAsync(SignedApi api, string command, string responseName, int index, (string Name, string Value)[] args,
        TimeSpan pollInterval, TimeSpan jobLimit, CancellationToken ct)
    {
        var call = new JobCall { Index = index };
        var t0 = Stopwatch.GetTimestamp();
        call.SubmittedUtc = DateTime.UtcNow;
        try
        {
            var body = await api.GetBytesAsync(api.Build(command, args), ct);
            call.Answered = Stopwatch.GetElapsedTime(t0);
            using (var doc = JsonDocument.Parse(body))
            {
                var answer = doc.RootElement.GetProperty(responseName);
                call.JobId = Guid.Parse(answer.GetProperty("jobid").GetString()!);
                call.InstanceId = answer.TryGetProperty("id", out var id) ? id.GetString() : null;
            }
            var pollUri = api.Build("queryAsyncJobResult", ("jobid", call.JobId.ToString()));
            while (true)
            {
                await Task.Delay(pollInterval, ct);
                call.Polls++;
                var reply = await api.GetBytesAsync(pollUri, ct);
                using var doc = JsonDocument.Parse(reply);
                var job = doc.RootElement.GetProperty("queryasyncjobresultresponse");
                var status = job.GetProperty("jobstatus").GetInt32();
                if (status != 0)
                {
                    call.Observed = Stopwatch.GetElapsedTime(t0);
                    call.JobStatus = status;
                    if (job.TryGetProperty("jobresult", out var result) && result.ValueKind == JsonValueKind.Object)
                    {
                        if (result.TryGetProperty("virtualmachine", out var vm))
                        {
                            call.State = vm.TryGetProperty("state", out var state) ? state.GetString() : null;
                            call.InstanceId ??= vm.TryGetProperty("id", out var vmId) ? vmId.GetString() : null;
                        }
                        if (status != 1)
                        {
                            call.Error = result.TryGetProperty("errortext", out var text) ? $"job {call.JobId} failed: {text.GetString()}" : $"job {call.JobId} failed: {result}";
                        }
                    }
                    break;
                }
                if (Stopwatch.GetElapsedTime(t0) > jobLimit)
                {
                    call.Error = $"job {call.JobId} was not done after {jobLimit.TotalSeconds:0} s";
                    break;
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or FormatException
                                   || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            call.Answered = call.Answered == TimeSpan.Zero ? Stopwatch.GetElapsedTime(t0) : call.Answered;
            call.Error = $"{command} #{index}: {e.Message}";
        }
        return call;
    }

    /// <summary>The server's Started and Completed stamps of each job.</summary>
    private static async Task ReadStampsAsync(IServiceProvider services, JobCall[] calls, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var byId = calls.Where(c => c.JobId != Guid.Empty).ToDictionary(c => c.JobId);
        foreach (var chunk in byId.Keys.Chunk(500))
        {
            var ids = chunk.ToList();
            var stamps = await db.AsyncJobs.AsNoTracking().Where(j => ids.Contains(j.Uuid))
                .Select(j => new { j.Uuid, j.Started, j.Completed }).ToListAsync(ct);
            foreach (var s in stamps)
            {
                byId[s.Uuid].Started = s.Started;
                byId[s.Uuid].Completed = s.Completed;
            }
        }
    }

    /// <summary>The most jobs of the wave that ran at the same moment, from their Started/Completed stamps.</summary>
    private static int PeakRunning(JobCall[] calls)
    {
        var edges = calls.Where(c => c.Started is not null && c.Completed is not null)
            .SelectMany(c => new[] { (At: c.Started!.Value, Delta: 1), (At: c.Completed!.Value, Delta: -1) })
            .OrderBy(e => e.At).ThenBy(e => e.Delta);
        int running = 0, peak = 0;
        foreach (var (_, delta) in edges)
        {
            running += delta;
            peak = Math.Max(peak, running);
        }
        return peak;
    }
}
