using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace SharpStack.Bench;

/// <summary>
/// C loops, each sending one GET after another until the deadline; every request's latency is
/// kept (Stopwatch ticks) and any answer but HTTP 200, or a transport error, counts as a failure.
/// </summary>
internal static class LoadRun
{
    public static async Task<RunResult> RunAsync(HttpClient http, Uri uri, int concurrency, TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var loops = new Task<LoopResult>[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            loops[i] = Task.Run(() => LoopAsync(http, uri, deadline));
        }
        var results = await Task.WhenAll(loops);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var latencies = new long[results.Sum(r => r.Latencies.Count)];
        var offset = 0;
        foreach (var r in results)
        {
            r.Latencies.CopyTo(latencies, offset);
            offset += r.Latencies.Count;
        }
        Array.Sort(latencies);
        return new RunResult(
            Label: uri.AbsolutePath,
            Succeeded: results.Sum(r => r.Succeeded),
            Failed: results.Sum(r => r.Failed),
            WarmupFailed: 0,
            Elapsed: elapsed,
            SortedLatencyTicks: latencies,
            FirstError: results.Select(r => r.FirstError).FirstOrDefault(e => e is not null));
    }

    /// <summary>Sends <paramref name="count"/> requests one after another, e.g. for the database probe.</summary>
    public static async Task<long> SequentialAsync(HttpClient http, Uri uri, int count)
    {
        long failed = 0;
        for (var i = 0; i < count; i++)
        {
            using var response = await http.GetAsync(uri);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failed++;
            }
        }
        return failed;
    }

    private static async Task<LoopResult> LoopAsync(HttpClient http, Uri uri, long deadline)
    {
        var result = new LoopResult();
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.GetAsync(uri);
                // GetAsync has buffered the whole body by now, so the latency includes reading it.
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    result.Succeeded++;
                }
                else
                {
                    result.Failed++;
                    result.FirstError ??= $"HTTP {(int)response.StatusCode}: {Truncate(await response.Content.ReadAsStringAsync())}";
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                result.Failed++;
                result.FirstError ??= $"{e.GetType().Name}: {e.Message}";
            }
            result.Latencies.Add(Stopwatch.GetTimestamp() - t0);
        }
        return result;
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "...";

    private sealed class LoopResult
    {
        public List<long> Latencies { get; } = new(16_384);
        public long Succeeded { get; set; }
        public long Failed { get; set; }
        public string? FirstError { get; set; }
    }
}

internal sealed record RunResult(
    string Label,
    long Succeeded,
    long Failed,
    long WarmupFailed,
    TimeSpan Elapsed,
    long[] SortedLatencyTicks,
    string? FirstError,
    ProcessSample Cost = default)
{
    /// <summary>Successful requests per second of wall-clock time.</summary>
    public double Throughput => Elapsed.TotalSeconds > 0 ? Succeeded / Elapsed.TotalSeconds : 0;

    /// <summary>Nearest-rank percentile of all requests' latencies, in milliseconds.</summary>
    public double PercentileMs(double percentile)
    {
        if (SortedLatencyTicks.Length == 0)
        {
            return 0;
        }
        var rank = (int)Math.Ceiling(percentile / 100.0 * SortedLatencyTicks.Length);
        var index = Math.Clamp(rank - 1, 0, SortedLatencyTicks.Length - 1);
        return SortedLatencyTicks[index] * 1000.0 / Stopwatch.Frequency;
    }

    public double MeanMs => SortedLatencyTicks.Length == 0 ? 0 : SortedLatencyTicks.Average() * 1000.0 / Stopwatch.Frequency;

    public long Requests => Succeeded + Failed;

    public string Format(int labelWidth) => string.Create(CultureInfo.InvariantCulture,
        $"{Label.PadRight(labelWidth)} : {Throughput,8:0} req/s, p50 {PercentileMs(50):0.00} ms, p95 {PercentileMs(95):0.00} ms, p99 {PercentileMs(99):0.00} ms, mean {MeanMs:0.00} ms, {Succeeded} ok, errors {Failed + WarmupFailed}");

    /// <summary>Process CPU and allocations per request (client and server together).</summary>
    public string FormatCost(int labelWidth) => Requests == 0 ? $"{Label.PadRight(labelWidth)} : no requests" : string.Create(CultureInfo.InvariantCulture,
        $"{Label.PadRight(labelWidth)} : cpu {Cost.Cpu.TotalMicroseconds / Requests,7:0} us/req, alloc {Cost.AllocatedBytes / 1024.0 / Requests,6:0.0} KB/req, GCs gen0/1/2 {Cost.Gen0}/{Cost.Gen1}/{Cost.Gen2}");
}
