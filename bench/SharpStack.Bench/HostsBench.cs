using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SharpStack.Orchestration.Agents;
using SharpStack.Orchestration.Settings;
using SharpStack.Server;

namespace SharpStack.Bench;

/// <summary>
/// Simulated hosts at scale: for each count, a fresh zone, pod and Simulator cluster, and a
/// sharpstack-simulator child process connecting that many hosts over the real agent protocol.
/// Measures the time until all are Up and the server's memory per host, then the latency of
/// listHosts pages with every host registered, then one quiet ping interval (CPU and SQL).
/// </summary>
internal static class HostsBench
{
    private const string AdminPassword = "benchpw";
    private const int WarmupQueries = 3;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(5);

    /// <summary>A cap on each simulator's life, so one cannot outlive a bench that was SIGKILLed by more than this.</summary>
    private const int SimulatorMaxSeconds = 3 * 3600;

    public static async Task<int> RunAsync(string[] args)
    {
        HostsOptions options;
        try
        {
            options = HostsOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(HostsOptions.Usage);
            return 2;
        }
        if (options.ShowHelp)
        {
            Console.WriteLine(HostsOptions.Usage);
            return 0;
        }
        if (!File.Exists(SimulatorRun.DllPath))
        {
            Console.Error.WriteLine($"bench failed: {SimulatorRun.DllPath} is missing (the project reference to SharpStack.SimulatorAgent copies it there)");
            return 2;
        }

        using var stop = new CancellationTokenSource();
        using var dbProbe = new DbCommandProbe();
        var simulators = new List<SimulatorRun>();
        var dataDir = Directory.CreateTempSubdirectory("sharpstack-bench-hosts-").FullName;
        var app = ServerHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--data-dir", dataDir,
            "--admin-password", AdminPassword,
            "--agent-port", "0",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.AspNetCore=Warning",
            "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning",
        ]);
        // Ctrl+C (and SIGTERM) stop the host; the bench then stops too, and the finally below
        // still kills the simulators and deletes the data folder.
        using var onStopping = app.Lifetime.ApplicationStopping.Register(() => stop.Cancel());
        var started = false;
        try
        {
            await ServerHost.StartAsync(app, stop.Token);
            started = true;
            var baseUri = new Uri(app.Urls.First().TrimEnd('/') + "/");
            if (!IPAddress.TryParse(baseUri.Host, out var ip) || !IPAddress.IsLoopback(ip))
            {
                throw new BenchSetupException($"the server bound {baseUri}, not a loopback address");
            }
            var agentPort = await app.Services.GetRequiredService<AgentServer>().PortAsync.WaitAsync(TimeSpan.FromSeconds(30), stop.Token);
            if (agentPort <= 0)
            {
                throw new BenchSetupException("the agent listener did not start (see the log above)");
            }
            var agents = app.Services.GetRequiredService<AgentRegistry>();
            var pingInterval = await app.Services.GetRequiredService<SettingsService>().GetLongAsync(SettingNames.PingInterval, stop.Token);
            var apiUri = new Uri(baseUri, "client/api");
            Console.WriteLine($"SharpStack bench, hosts mode: server {ServerHost.Version} at {baseUri}, agent port {agentPort} (SQLite in {dataDir})");
            Console.WriteLine($"  counts {string.Join(", ", options.Counts)}; listHosts pagesize={HostsOptions.PageSize}, {options.Queries} sequential queries per page; "
                + $"{Environment.ProcessorCount} cores; ping.interval {pingInterval} s; simulator {SimulatorRun.DllPath}");
            Console.WriteLine("  each count gets its own zone, pod, cluster and simulator process; earlier simulators keep running, so later steps start with their hosts connected");

            var cookies = new CookieContainer();
            using var setup = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true, UseProxy = false })
            {
                Timeout = TimeSpan.FromSeconds(60),
            };
            var session = new SessionClient(setup, apiUri);
            await session.LoginAsync("admin", AdminPassword);
            var adminId = (await session.GetAsync("listUsers", ("username", "admin")))
                .GetProperty("listusersresponse").GetProperty("user")[0].GetProperty("id").GetString()!;
            var keys = (await session.PostAsync("registerUserKeys", ("id", adminId)))
                .GetProperty("registeruserkeysresponse").GetProperty("userkeys");
            using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
            {
                Timeout = TimeSpan.FromSeconds(60),
            };
            var api = new SignedApi(http, apiUri, keys.GetProperty("apikey").GetString()!, keys.GetProperty("secretkey").GetString()!);

            var steps = new List<Registration>();
            var totalHosts = 0;
            for (var step = 0; step < options.Counts.Count; step++)
            {
                var count = options.Counts[step];
                var zone = await CreateZoneAsync(session, step + 1, count);
                Console.WriteLine();
                Console.WriteLine($"  {count} hosts: zone {zone.ZoneId}, cluster {zone.ClusterId}; measuring the server's memory before ...");
                // Agent ids are prefix-index: a count given twice needs a prefix of its own.
                var prefix = options.Counts.Take(step).Contains(count) ? $"p{count}s{step + 1}" : $"p{count}";
                var result = await RegisterAsync(api, new Uri(baseUri, "client/health"), zone, agentPort, count, prefix, options.TimeLimit(count), agents, simulators, stop.Token);
                steps.Add(result);
                if (!result.AllUp)
                {
                    break;
                }
                totalHosts += count;
            }

            // listHosts with every host registered: all hosts, and the last cluster's alone.
            var queries = new List<QueryResult>();
            var stillUp = -1;
            IdleResult? idle = null;
            SqlProbe? sqlProbe = null;
            if (steps.Count == options.Counts.Count && steps.All(s => s.AllUp))
            {
                Console.WriteLine();
                var last = steps[^1];
                var unfiltered = await QueryPagesAsync(api, $"listHosts pagesize={HostsOptions.PageSize}", [], options.Queries, stop.Token);
                queries.AddRange(unfiltered);
                queries.AddRange(await QueryPagesAsync(api, $"listHosts clusterid=<{last.Hosts}-host cluster> pagesize={HostsOptions.PageSize}",
                    [("clusterid", last.Zone.ClusterId)], options.Queries, stop.Token));
                var middlePage = unfiltered[^1];
                sqlProbe = await ProbeSqlAsync(api, dbProbe, $"{middlePage.Label} page {middlePage.Page}", middlePage.Uri, 20, stop.Token);
                if (options.IdleSeconds > 0)
                {
                    idle = await IdleAsync(dbProbe, simulators, options.IdleSeconds, totalHosts, pingInterval, stop.Token);
                }
                stillUp = SignedApi.ListCounts(await api.GetBytesAsync(api.Build("listHosts", ("state", "Up"), ("pagesize", "1")), stop.Token), "host").Count;
            }

            Report(steps, queries, sqlProbe, idle, stillUp, totalHosts, agents.Count);
            if (steps.Any(s => !s.AllUp) || steps.Count < options.Counts.Count)
            {
                return 1;
            }
            var failed = queries.Sum(q => q.Run.Failed);
            return failed == 0 && stillUp == totalHosts ? 0 : 1;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.Error.WriteLine("bench interrupted");
            return 2;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"bench failed: {e}");
            return 2;
        }
        finally
        {
            foreach (var simulator in simulators)
            {
                simulator.Dispose();
            }
            if (simulators.Count > 0)
            {
                Console.WriteLine($"killed {simulators.Count} simulator process(es)");
            }
            if (started)
            {
                await app.StopAsync(CancellationToken.None);
            }
            await app.DisposeAsync();
            try
            {
                Directory.Delete(dataDir, recursive: true);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"could not delete {dataDir}: {e.Message}");
            }
        }
    }

    private sealed record BenchZone(string ZoneId, string PodId, string ClusterId, string Token);

    /// <summary>A zone, a pod and a Simulator cluster through the API, as an operator would; and the zone's registration token.</summary>
    private static async Task<BenchZone> CreateZoneAsync(SessionClient session, int step, int count)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"bench-{step}-{count}");
        var subnet = string.Create(CultureInfo.InvariantCulture, $"172.16.{step}");
        var zone = (await session.PostAsync("createZone", ("name", name), ("networktype", "Advanced"), ("dns1", "192.0.2.53"), ("internaldns1", "192.0.2.54")))
            .GetProperty("createzoneresponse").GetProperty("zone");
        var zoneId = zone.GetProperty("id").GetString()!;
        var pod = (await session.PostAsync("createPod", ("zoneid", zoneId), ("name", name + "-pod"), ("gateway", subnet + ".1"), ("netmask", "255.255.255.0"),
                ("startip", subnet + ".100"), ("endip", subnet + ".250")))
            .GetProperty("createpodresponse").GetProperty("pod");
        var podId = pod.GetProperty("id").GetString()!;
        var cluster = (await session.PostAsync("addCluster", ("zoneid", zoneId), ("podid", podId), ("clustername", name + "-sim"),
                ("hypervisor", "Simulator"), ("clustertype", "CloudManaged")))
            .GetProperty("addclusterresponse").GetProperty("cluster")[0];
        var token = (await session.GetAsync("listZones", ("id", zoneId)))
            .GetProperty("listzonesresponse").GetProperty("zone")[0].GetProperty("zonetoken").GetString()
            ?? throw new BenchSetupException("listZones answered without a zonetoken");
        return new BenchZone(zoneId, podId, cluster.GetProperty("id").GetString()!, token);
    }

    private sealed record Registration(
        int Hosts,
        BenchZone Zone,
        bool AllUp,
        int UpAtEnd,
        string? Failure,
        TimeSpan Elapsed,
        RegistrationWatch Watch,
        int Polls,
        int PollErrors,
        TimeSpan SlowestPoll,
        MemorySample Before,
        MemorySample After,
        TimeSpan ServerCpu,
        int AgentConnections,
        (long WorkingSet, int Threads)? Simulator,
        TimeSpan? SimulatorCpu,
        TcpCounters? Tcp);

    /// <summary>Starts the simulator and polls listHosts(clusterid, state=Up, pagesize=1) until count == N or the time limit.</summary>
    private static async Task<Registration> RegisterAsync(SignedApi api, Uri healthUri, BenchZone zone, int agentPort, int hosts, string prefix, TimeSpan limit,
        AgentRegistry agents, List<SimulatorRun> simulators, CancellationToken ct)
    {
        var before = MemorySample.Take();
        var upUri = api.Build("listHosts", ("clusterid", zone.ClusterId), ("state", "Up"), ("pagesize", "1"));
        Console.WriteLine($"  {hosts} hosts: starting the simulator (--hosts {hosts} --prefix {prefix}), time limit {limit.TotalSeconds:0} s ...");
        var cpu0 = ProcessSample.Take().Cpu;
        var tcp0 = TcpCounters.Take();
        var clock = Stopwatch.StartNew();
        var simulator = SimulatorRun.Start(agentPort, zone.Token, zone.ClusterId, hosts, prefix, SimulatorMaxSeconds);
        simulators.Add(simulator);
        using var watch = new RegistrationWatch(clock, hosts, agents, simulator, ProgressInterval, healthUri);
        var pollErrors = 0;
        var polls = 0;
        var slowestPoll = TimeSpan.Zero;
        string? failure = null;
        while (true)
        {
            var pollStarted = Stopwatch.GetTimestamp();
            try
            {
                polls++;
                watch.Up = SignedApi.ListCounts(await api.GetBytesAsync(upUri, ct), "host").Count;
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
            {
                pollErrors++;
                if (pollErrors == 1)
                {
                    Console.WriteLine($"  {hosts} hosts: a listHosts poll failed (later failures are only counted): {e.Message}");
                }
            }
            var pollTime = Stopwatch.GetElapsedTime(pollStarted);
            slowestPoll = pollTime > slowestPoll ? pollTime : slowestPoll;
            var elapsed = clock.Elapsed;
            var up = watch.Up;
            if (up >= hosts)
            {
                break;
            }
            if (simulator.HasExited)
            {
                failure = $"the simulator exited with code {simulator.ExitCode} after {elapsed.TotalSeconds:0.0} s with {up}/{hosts} hosts Up; its last lines:{Environment.NewLine}{simulator.Tail}";
                break;
            }
            if (elapsed > limit)
            {
                failure = $"only {up}/{hosts} hosts were Up after {limit.TotalSeconds:0} s (the simulator reported {simulator.Connected} connected); its last lines:{Environment.NewLine}{simulator.Tail}";
                break;
            }
            await Task.Delay(PollInterval, ct);
        }
        var took = clock.Elapsed;
        watch.Stop();
        var serverCpu = ProcessSample.Take().Cpu - cpu0;
        var tcp = TcpCounters.Take() is { } tcp1 && tcp0 is { } before0 ? tcp1 - before0 : (TcpCounters?)null;
        var simulatorSample = simulator.Sample();
        var simulatorCpu = simulator.Cpu();
        if (failure is not null)
        {
            Console.WriteLine($"  {hosts} hosts: FAILED: {failure}");
        }
        else
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {hosts} hosts: all Up after {took.TotalSeconds:0.00} s; measuring the server's memory after ..."));
        }
        var after = MemorySample.Take();
        return new Registration(hosts, zone, failure is null, watch.Up, failure, took, watch, polls, pollErrors, slowestPoll, before, after, serverCpu, agents.Count,
            simulatorSample, simulatorCpu, tcp);
    }

    private sealed record QueryResult(string Label, int Page, int Total, int Items, int Bytes, Uri Uri, RunResult Run);

    private sealed record SqlProbe(string Label, int Requests, long Commands, TimeSpan DbTime, long Compilations, IReadOnlyList<(string Sql, long Count, TimeSpan Duration)> Sql);

    /// <summary>
    /// The SQL one request runs, from EF Core's diagnostics over a few sequential requests. The
    /// agents' pings go on meanwhile; their statements (the ones on a single host id) are left out.
    /// </summary>
    private static async Task<SqlProbe> ProbeSqlAsync(SignedApi api, DbCommandProbe probe, string label, Uri uri, int requests, CancellationToken ct)
    {
        Console.WriteLine($"  {label}: SQL of {requests} sequential requests ...");
        probe.Active = true;
        try
        {
            // EF Core re-reads whether a diagnostic listener wants its events about once a second.
            await Task.Delay(TimeSpan.FromSeconds(1.5), ct);
            probe.Reset();
            for (var i = 0; i < requests; i++)
            {
                await api.GetBytesAsync(uri, ct);
            }
            var sql = probe.BySql().Where(x => !IsPing(x.Sql)).ToList();
            return new SqlProbe(label, requests, sql.Sum(x => x.Count), TimeSpan.FromTicks(sql.Sum(x => x.Duration.Ticks)), probe.Compilations, sql);
        }
        finally
        {
            probe.Active = false;
        }

        // AgentServer.PingAsync's statements filter on the captured hostId.
        static bool IsPing(string sql) => sql.Contains("hostId", StringComparison.Ordinal);
    }

    /// <summary>Page 1 and the middle page of one listHosts query, each <paramref name="queries"/> times in a row after a short warm-up.</summary>
    private static async Task<List<QueryResult>> QueryPagesAsync(SignedApi api, string label, (string Name, string Value)[] filter, int queries, CancellationToken ct)
    {
        var size = HostsOptions.PageSize.ToString(CultureInfo.InvariantCulture);
        var firstUri = api.Build("listHosts", [.. filter, ("pagesize", size), ("page", "1")]);
        var total = SignedApi.ListCounts(await api.GetBytesAsync(firstUri, ct), "host").Count;
        var pages = Math.Max(1, (total + HostsOptions.PageSize - 1) / HostsOptions.PageSize);
        var middle = Math.Max(1, (pages + 1) / 2);
        var results = new List<QueryResult>();
        foreach (var page in middle == 1 ? [1] : new[] { 1, middle })
        {
            var uri = page == 1 ? firstUri : api.Build("listHosts", [.. filter, ("pagesize", size), ("page", page.ToString(CultureInfo.InvariantCulture))]);
            Console.WriteLine($"  {label} page {page} of {pages} ({total} hosts): {WarmupQueries} warm-up + {queries} sequential queries ...");
            var body = await api.GetBytesAsync(uri, ct);
            var (count, items) = SignedApi.ListCounts(body, "host");
            for (var i = 1; i < WarmupQueries; i++)
            {
                await api.GetBytesAsync(uri, ct);
            }
            var latencies = new long[queries];
            var failed = 0L;
            string? firstError = null;
            var cost0 = ProcessSample.Take();
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < queries; i++)
            {
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    var reply = await api.GetBytesAsync(uri, ct);
                    if (reply.Length < body.Length / 2)
                    {
                        failed++;
                        firstError ??= $"a reply of {reply.Length} bytes, the first one had {body.Length}";
                    }
                }
                catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
                {
                    failed++;
                    firstError ??= e.Message;
                }
                latencies[i] = Stopwatch.GetTimestamp() - t0;
            }
            var elapsed = Stopwatch.GetElapsedTime(started);
            var cost = ProcessSample.Take() - cost0;
            Array.Sort(latencies);
            results.Add(new QueryResult(label, page, count, items, body.Length, uri,
                new RunResult(label, queries - failed, failed, 0, elapsed, latencies, firstError, cost)));
        }
        return results;
    }

    private sealed record IdleResult(int Seconds, int Hosts, long PingInterval, TimeSpan ServerCpu, TimeSpan? SimulatorCpu, long Commands, TimeSpan DbTime,
        IReadOnlyList<(string Sql, long Count, TimeSpan Duration)> Sql);

    /// <summary>
    /// Nothing but the agents' pings (and the server's own timers) for one ping interval: the
    /// server's CPU and the SQL commands it runs, counted through EF Core's diagnostics.
    /// </summary>
    private static async Task<IdleResult> IdleAsync(DbCommandProbe probe, List<SimulatorRun> simulators, int seconds, int hosts, long pingInterval, CancellationToken ct)
    {
        Console.WriteLine($"  idle: {seconds} s with {hosts} hosts connected, counting the server's CPU and SQL ...");
        probe.Active = true;
        try
        {
            // EF Core re-reads whether a diagnostic listener wants its events about once a second.
            await Task.Delay(TimeSpan.FromSeconds(1.5), ct);
            probe.Reset();
            var cpu0 = ProcessSample.Take().Cpu;
            var sim0 = SumCpu(simulators);
            await Task.Delay(TimeSpan.FromSeconds(seconds), ct);
            var cpu = ProcessSample.Take().Cpu - cpu0;
            var sim = SumCpu(simulators) - sim0;
            return new IdleResult(seconds, hosts, pingInterval, cpu, sim, probe.Commands, probe.Duration, probe.BySql());
        }
        finally
        {
            probe.Active = false;
        }
    }

    private static TimeSpan? SumCpu(List<SimulatorRun> simulators)
    {
        var total = TimeSpan.Zero;
        foreach (var s in simulators)
        {
            if (s.Cpu() is not { } cpu)
            {
                return null;
            }
            total += cpu;
        }
        return total;
    }

    private static void Report(List<Registration> steps, List<QueryResult> queries, SqlProbe? sqlProbe, IdleResult? idle, int stillUp, int totalHosts, int agentConnections)
    {
        static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{(bytes >= 0 ? "+" : "")}{bytes / 1048576.0:0.0} MB");
        static string PerHost(long bytes, int hosts) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / hosts:0.0} KB/host");

        Console.WriteLine();
        Console.WriteLine("report (server and bench client share this process; each simulator is its own process; earlier simulators kept running)");
        foreach (var s in steps)
        {
            var ws = s.After.WorkingSet - s.Before.WorkingSet;
            var heap = s.After.GcHeap - s.Before.GcHeap;
            var committed = s.After.GcCommitted - s.Before.GcCommitted;
            var rate = s.Elapsed.TotalSeconds > 0 ? s.UpAtEnd / s.Elapsed.TotalSeconds : 0;
            var pollErrors = s.PollErrors > 0 ? $", {s.PollErrors} failed" : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"register {s.Hosts} hosts: {(s.AllUp ? "" : $"FAILED, {s.UpAtEnd} Up after ")}{s.Elapsed.TotalSeconds:0.00} s ({rate:0} hosts/s) until listHosts counted them all Up; "
                + $"server CPU {s.ServerCpu.TotalSeconds:0.0} s ({s.ServerCpu.TotalMilliseconds / Math.Max(1, s.UpAtEnd):0.00} ms/host)"));
            var w = s.Watch;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    agents registered (server side): first after {Secs(w.FirstAttached)}, half after {Secs(w.HalfAttached)}, all after {Secs(w.AllAttached)}; "
                + $"thread pool up to {w.MaxPoolThreads} threads, {w.MaxPending} queued work items; "
                + $"{s.Polls} listHosts polls, slowest {s.SlowestPoll.TotalSeconds:0.00} s{pollErrors}; "
                + $"{w.HealthRequests} GET /client/health, slowest {w.SlowestHealth.TotalSeconds:0.00} s, {w.SlowHealth} over 1 s"));
            if (s.Tcp is { } tcp)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    TCP (whole machine): {tcp.ListenOverflows} listen-queue overflows, {tcp.ListenDrops} listen drops, {tcp.SynRetransmits} SYN retransmits"));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    server working set {Mb(ws)} ({PerHost(ws, s.Hosts)}), GC heap {Mb(heap)} ({PerHost(heap, s.Hosts)}), GC committed {Mb(committed)}; "
                + $"now {s.After.WorkingSet / 1048576.0:0} MB working set, {s.After.GcHeap / 1048576.0:0} MB GC heap, {s.After.Threads} threads, {s.AgentConnections} agent connections"));
            Console.WriteLine(s.Simulator is { } sim
                ? string.Create(CultureInfo.InvariantCulture,
                    $"    simulator process: working set {sim.WorkingSet / 1048576.0:0.0} MB ({PerHost(sim.WorkingSet, s.Hosts)}), {sim.Threads} threads, CPU {Secs(s.SimulatorCpu)}")
                : "    simulator process: gone");
        }
        if (steps.Count > 1)
        {
            var all = steps.Sum(s => s.UpAtEnd);
            var ws = steps[^1].After.WorkingSet - steps[0].Before.WorkingSet;
            var heap = steps[^1].After.GcHeap - steps[0].Before.GcHeap;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"all {all} hosts together: server working set {Mb(ws)} ({PerHost(ws, Math.Max(1, all))}), GC heap {Mb(heap)} ({PerHost(heap, Math.Max(1, all))}) "
                + $"from before the first step to after the last (per-step working-set deltas are rough: the GC reuses what an earlier step committed)"));
        }
        var width = queries.Count == 0 ? 0 : queries.Max(q => q.Label.Length) + 8;
        foreach (var q in queries)
        {
            var r = q.Run;
            var error = r.FirstError is null ? "" : $" (first: {r.FirstError})";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(q.Label + " page " + q.Page).PadRight(width)} at {q.Total} hosts: p50 {r.PercentileMs(50):0.0} ms, p95 {r.PercentileMs(95):0.0} ms, max {r.PercentileMs(100):0.0} ms, "
                + $"mean {r.MeanMs:0.0} ms; {q.Items} hosts, {q.Bytes / 1024.0:0} KB per reply; {r.Succeeded} ok, {r.Failed} failed"
                + $"{error}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {r.Throughput:0.0} req/s; whole process (server + bench client): cpu {r.Cost.Cpu.TotalMilliseconds / Math.Max(1, r.Requests):0.0} ms/req, "
                + $"alloc {r.Cost.AllocatedBytes / 1048576.0 / Math.Max(1, r.Requests):0.00} MB/req, GCs gen0/1/2 {r.Cost.Gen0}/{r.Cost.Gen1}/{r.Cost.Gen2}"));
        }
        if (sqlProbe is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"SQL per request of {sqlProbe.Label} ({sqlProbe.Requests} sequential requests; ping statements left out): "
                + $"{(double)sqlProbe.Commands / sqlProbe.Requests:0.00} commands, {sqlProbe.DbTime.TotalMilliseconds / sqlProbe.Requests:0.00} ms until their first rows, "
                + $"{sqlProbe.Compilations} LINQ query compilations"));
            foreach (var (sql, count, duration) in sqlProbe.Sql)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {(double)count / sqlProbe.Requests,5:0.00}x {duration.TotalMilliseconds / count,6:0.000} ms  {(sql.Length > 150 ? sql[..150] + "..." : sql)}"));
            }
        }
        if (idle is not null)
        {
            var perSecond = idle.Commands / (double)idle.Seconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"idle {idle.Seconds} s with {idle.Hosts} hosts pinging every {idle.PingInterval} s: server CPU {idle.ServerCpu.TotalSeconds:0.00} s "
                + $"({idle.ServerCpu.TotalSeconds / idle.Seconds * 100:0.0}% of one core), simulators' CPU {Secs(idle.SimulatorCpu)}; "
                + $"{idle.Commands} SQL commands ({perSecond:0}/s, {idle.DbTime.TotalMilliseconds / Math.Max(1, idle.Commands):0.000} ms each until their first rows)"));
            foreach (var (sql, count, duration) in idle.Sql.Take(6))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {count,7}x {duration.TotalMilliseconds / count,6:0.000} ms  {(sql.Length > 150 ? sql[..150] + "..." : sql)}"));
            }
        }
        if (stillUp >= 0)
        {
            Console.WriteLine($"hosts Up at the end: {stillUp} of {totalHosts}{(stillUp == totalHosts ? "" : "  <-- not all Up")}; {agentConnections} agent connections held by the server");
        }
        foreach (var s in steps.Where(s => s.Failure is not null))
        {
            Console.WriteLine($"register {s.Hosts} hosts failed: {s.Failure}");
        }
    }

    private static string Secs(TimeSpan? t) => t is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v.TotalSeconds:0.00} s") : "-";
}

/// <summary>This process's memory after a full, compacting collection.</summary>
internal readonly record struct MemorySample(long WorkingSet, long GcHeap, long GcCommitted, int Threads)
{
    public static MemorySample Take()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var heap = GC.GetTotalMemory(forceFullCollection: false);
        var committed = GC.GetGCMemoryInfo(GCKind.Any).TotalCommittedBytes;
        using var process = Process.GetCurrentProcess();
        return new MemorySample(process.WorkingSet64, heap, committed, process.Threads.Count);
    }
}
