using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SharpStack.Data;
using SharpStack.Orchestration.Jobs;
using SharpStack.Server;

namespace SharpStack.Bench;

/// <summary>
/// Instances at scale: N deployVirtualMachine calls onto H in-process simulated hosts (no
/// simulated delay) with C in flight, timed from the call until the instance is Running, against
/// the same number of rebootVirtualMachine calls (the job round trip without placement); then
/// listVirtualMachines pages at 10,000 and 100,000 instances (rows added through the server's
/// own DbContext) against the same page read with a bare EF query. Runs on SQLite, PostgreSQL or both.
/// </summary>
internal static class DeployBench
{
    private const string AdminPassword = "benchpw";
    private const int WarmupQueries = 3;
    private const int ReferenceQueries = 100;
    private const int SqlProbeRequests = 5;
    private static readonly TimeSpan JobLimit = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(string[] args)
    {
        DeployOptions options;
        try
        {
            options = DeployOptions.Parse(args, Environment.GetEnvironmentVariable(DeployOptions.PostgresVariable));
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(DeployOptions.Usage);
            return 2;
        }
        if (options.ShowHelp)
        {
            Console.WriteLine(DeployOptions.Usage);
            return 0;
        }

        Console.WriteLine($"SharpStack bench, deploy mode: server {ServerHost.Version}; databases: {options.DatabaseChoice}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {options.Instances} instances on {options.Hosts} simulated hosts (in-process, no simulated delay), {options.Concurrency} calls in flight, "
            + $"each loop polls its job every {options.PollMs} ms; listVirtualMachines pagesize={DeployOptions.PageSize} at {(options.ListCounts.Count == 0 ? "no counts" : string.Join(", ", options.ListCounts))} instances, "
            + $"{options.Queries} sequential queries per page; {Environment.ProcessorCount} cores, client and server share this process"));

        using var dbProbe = new DbCommandProbe();
        var results = new List<DatabaseRun>();
        var exit = 0;
        foreach (var database in options.Databases)
        {
            var (code, run) = await RunOnceAsync(database, options, dbProbe);
            exit = Math.Max(exit, code);
            if (run is not null)
            {
                results.Add(run);
            }
            if (code == 2)
            {
                break;
            }
        }
        if (results.Count > 1)
        {
            Summary(results);
        }
        return exit;
    }

    /// <summary>Everything measured on one database.</summary>
    private sealed record DatabaseRun(
        string Database,
        TimeSpan SetupTime,
        int Hosts,
        int MaxConcurrentJobs,
        WaveResult Deploy,
        WaveResult Reboot,
        RunResult ListZones,
        DeployProbe? Probe,
        int RunningAtEnd,
        int ExpectedRunning,
        IReadOnlyList<ListStep> Lists,
        SqlProbe? Sql);

    /// <summary>What EF Core's diagnostics saw during the probe wave, all SQL of the process.</summary>
    private sealed record DeployProbe(
        WaveResult Wave,
        long Commands,
        TimeSpan DbTime,
        long SlowCommands,
        long Transactions,
        TimeSpan TransactionWait,
        TimeSpan MaxTransactionWait,
        long SlowTransactions,
        IReadOnlyList<(string Sql, long Count, TimeSpan Duration)> Sql,
        IReadOnlyList<(string Sql, long Count)> SlowSql);

    private sealed record ListStep(int Instances, InstanceFill.Result Fill, IReadOnlyList<PageResult> Pages);

    private sealed record PageResult(int Page, int Pages, int Total, int Items, int Bytes, RunResult Api, RunResult Bare, int BareRows);

    private sealed record SqlProbe(string Label, int Requests, long Commands, TimeSpan DbTime, long Compilations, IReadOnlyList<(string Sql, long Count, TimeSpan Duration)> Sql,
        string? SlowestSql, TimeSpan SlowestDuration, IReadOnlyList<string> SlowestPlan);

    private static async Task<(int Code, DatabaseRun? Run)> RunOnceAsync(BenchDatabase database, DeployOptions options, DbCommandProbe dbProbe)
    {
        var label = database == BenchDatabase.Sqlite ? "SQLite" : "PostgreSQL";
        using var stop = new CancellationTokenSource();
        var dataDir = Directory.CreateTempSubdirectory("sharpstack-bench-deploy-").FullName;
        string? pgDatabase = null;
        WebApplication? app = null;
        var started = false;
        try
        {
            var serverArgs = new List<string>
            {
                "--urls", "http://127.0.0.1:0",
                "--data-dir", dataDir,
                "--admin-password", AdminPassword,
                "--Logging:LogLevel:Default=Warning",
                "--Logging:LogLevel:Microsoft.AspNetCore=Warning",
                "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning",
            };
            var where = $"SQLite in {dataDir}";
            if (database == BenchDatabase.Postgres)
            {
                // DeployOptions.Parse made sure the host is a loopback address or a local socket.
                var builder = new NpgsqlConnectionStringBuilder(options.PostgresAdmin!);
                var (connection, name) = await CreatePostgresDatabaseAsync(options.PostgresAdmin!);
                pgDatabase = name;
                serverArgs.AddRange(["--database", connection]);
                where = $"PostgreSQL database {name} on {builder.Host}:{builder.Port}, data folder {dataDir}";
            }
            app = ServerHost.Build([.. serverArgs]);
            using var onStopping = app.Lifetime.ApplicationStopping.Register(() => stop.Cancel());
            await ServerHost.StartAsync(app, stop.Token);
            started = true;
            var ct = stop.Token;
            var baseUri = new Uri(app.Urls.First().TrimEnd('/') + "/");
            if (!IPAddress.TryParse(baseUri.Host, out var ip) || !IPAddress.IsLoopback(ip))
            {
                throw new BenchSetupException($"the server bound {baseUri}, not a loopback address");
            }
            var apiUri = new Uri(baseUri, "client/api");
            var maxJobs = app.Services.GetRequiredService<JobExecutorOptions>().MaxConcurrentJobs;
            Console.WriteLine();
            Console.WriteLine($"[{label}] server at {baseUri} ({where}); the server runs up to {maxJobs} jobs at once (JobExecutorOptions.MaxConcurrentJobs)");

            var cookies = new CookieContainer();
            using var setupHttp = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true, UseProxy = false })
            {
                Timeout = TimeSpan.FromSeconds(60),
            };
            var session = new SessionClient(setupHttp, apiUri);
            await session.LoginAsync("admin", AdminPassword);
            var adminId = (await session.GetAsync("listUsers", ("username", "admin")))
                .GetProperty("listusersresponse").GetProperty("user")[0].GetProperty("id").GetString()!;
            var keys = (await session.PostAsync("registerUserKeys", ("id", adminId)))
                .GetProperty("registeruserkeysresponse").GetProperty("userkeys");
            using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
            {
                Timeout = TimeSpan.FromSeconds(120),
            };
            var api = new SignedApi(http, apiUri, keys.GetProperty("apikey").GetString()!, keys.GetProperty("secretkey").GetString()!);

            var setupClock = Stopwatch.StartNew();
            var zone = await BenchZone.CreateAsync(session, "bench-deploy", options.Hosts, label, ct);
            var setupTime = setupClock.Elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  [{label}] zone, pod, cluster, {options.Hosts} hosts, pool, image store, template (ready after {zone.TemplateWait.TotalSeconds:0.0} s) and offering: {setupTime.TotalSeconds:0.0} s"));

            var poll = TimeSpan.FromMilliseconds(options.PollMs);
            (string, string)[] deployArgs = [("zoneid", zone.ZoneId), ("templateid", zone.TemplateId), ("serviceofferingid", zone.OfferingId), ("rootdisksize", "1")];

            // Warm-up: one deployment and one reboot, so the timed waves do not pay for JIT and EF Core's first query compilations.
            var warmDeploy = await JobWave.RunAsync(api, app.Services, "deployVirtualMachine", "deployvirtualmachineresponse", "Running", 1, 1, poll, JobLimit, _ => deployArgs, ct);
            if (warmDeploy.Failed > 0)
            {
                throw new BenchSetupException($"the warm-up deployment failed: {warmDeploy.FirstError}");
            }
            var warmVm = warmDeploy.Calls[0].InstanceId!;
            var warmReboot = await JobWave.RunAsync(api, app.Services, "rebootVirtualMachine", "rebootvirtualmachineresponse", "Running", 1, 1, poll, JobLimit, _ => [("id", warmVm)], ct);
            if (warmReboot.Failed > 0)
            {
                throw new BenchSetupException($"the warm-up reboot failed: {warmReboot.FirstError}");
            }

            // A reference: a signed synchronous call that reads a little (listZones), one after another.
            var listZones = await SequentialAsync(api, api.Build("listZones", ("id", zone.ZoneId)), "signed listZones", ReferenceQueries, ct);

            Console.WriteLine($"  [{label}] deploying {options.Instances} instances, {options.Concurrency} in flight ...");
            var deploy = await JobWave.RunAsync(api, app.Services, "deployVirtualMachine", "deployvirtualmachineresponse", "Running",
                options.Instances, options.Concurrency, poll, JobLimit, _ => deployArgs, ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  [{label}] deployed {deploy.Succeeded} of {options.Instances} in {deploy.Elapsed.TotalSeconds:0.0} s; rebooting each one, {options.Concurrency} in flight ..."));
            var vmIds = deploy.Calls.Where(c => c.Succeeded("Running")).Select(c => c.InstanceId!).ToList();
            var reboot = await JobWave.RunAsync(api, app.Services, "rebootVirtualMachine", "rebootvirtualmachineresponse", "Running",
                vmIds.Count, options.Concurrency, poll, JobLimit, i => [("id", vmIds[i])], ct);
            DeployProbe? probe = null;
            var probeCount = Math.Min(options.Concurrency * 2, options.Instances);
            if (deploy.Failed == 0)
            {
                Console.WriteLine($"  [{label}] probe wave: {probeCount} more deployments, {options.Concurrency} in flight, with EF Core's diagnostics on ...");
                probe = await ProbeDeployAsync(api, app.Services, dbProbe, probeCount, options.Concurrency, poll, deployArgs, ct);
            }
            var expectedRunning = 1 + deploy.Succeeded + (probe?.Wave.Succeeded ?? 0);
            var running = SignedApi.ListCounts(await api.GetBytesAsync(
                api.Build("listVirtualMachines", ("listall", "true"), ("state", "Running"), ("pagesize", "1")), ct), "virtualmachine").Count;

            // listVirtualMachines at scale.
            var lists = new List<ListStep>();
            SqlProbe? sql = null;
            if (deploy.Failed == 0)
            {
                foreach (var count in options.ListCounts)
                {
                    Console.WriteLine($"  [{label}] adding instances up to {count} through the server's DbContext ...");
                    var fill = await InstanceFill.FillAsync(app.Services, count, ct);
                    var pages = await ListPagesAsync(api, app.Services, label, options.Queries, ct);
                    lists.Add(new ListStep(pages[0].Total, fill, pages));
                }
                if (lists.Count > 0)
                {
                    var last = lists[^1].Pages[^1];
                    var uri = ListUri(api, last.Page);
                    sql = await ProbeSqlAsync(api, app.Services, dbProbe, $"listVirtualMachines page {last.Page} of {last.Pages} at {last.Total} instances", uri, ct);
                }
            }

            var run = new DatabaseRun(label, setupTime, options.Hosts, maxJobs, deploy, reboot, listZones, probe, running, expectedRunning, lists, sql);
            Report(run, options);
            var failed = deploy.Failed + reboot.Failed + listZones.Failed + (probe?.Wave.Failed ?? 0) + lists.Sum(l => l.Pages.Sum(p => p.Api.Failed + p.Bare.Failed));
            var allRunning = running == expectedRunning;
            return (failed == 0 && allRunning && deploy.Succeeded == options.Instances ? 0 : 1, run);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.Error.WriteLine("bench interrupted");
            return (2, null);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"bench failed ({label}): {e}");
            return (2, null);
        }
        finally
        {
            if (app is not null)
            {
                if (started)
                {
                    await app.StopAsync(CancellationToken.None);
                }
                await app.DisposeAsync();
            }
            if (pgDatabase is not null)
            {
                await DropPostgresDatabaseAsync(options.PostgresAdmin!, pgDatabase);
            }
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

    /// <summary>A fresh database on the given server, as the end-to-end tests make one (TestPostgres).</summary>
    private static async Task<(string Connection, string Name)> CreatePostgresDatabaseAsync(string admin)
    {
        var name = "sharpstack_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return (new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString, name);
    }

    private static async Task DropPostgresDatabaseAsync(string admin, string name)
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            Console.Error.WriteLine($"could not drop the PostgreSQL database {name}: {e.Message}");
        }
    }

    private static Uri ListUri(SignedApi api, int page) =>
        api.Build("listVirtualMachines", ("listall", "true"), ("pagesize", DeployOptions.PageSize.ToString(CultureInfo.InvariantCulture)),
            ("page", page.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// The first, middle and last page of listVirtualMachines (pagesize 500, listall), each
    /// <paramref name="queries"/> times in a row after a short warm-up; then the same rows with a
    /// bare EF Core query (a fresh scope and pooled DbContext per query, as a request gets), timed the same way.
    /// </summary>
    private static async Task<List<PageResult>> ListPagesAsync(SignedApi api, IServiceProvider services, string label, int queries, CancellationToken ct)
    {
        var firstBody = await api.GetBytesAsync(ListUri(api, 1), ct);
        var total = SignedApi.ListCounts(firstBody, "virtualmachine").Count;
        var pages = Math.Max(1, (total + DeployOptions.PageSize - 1) / DeployOptions.PageSize);
        var results = new List<PageResult>();
        foreach (var page in new[] { 1, (pages + 1) / 2, pages }.Distinct())
        {
            Console.WriteLine($"  [{label}] listVirtualMachines page {page} of {pages} ({total} instances): {WarmupQueries} warm-up + {queries} sequential queries, then the bare query as often ...");
            var uri = ListUri(api, page);
            var body = await api.GetBytesAsync(uri, ct);
            var (_, items) = SignedApi.ListCounts(body, "virtualmachine");
            var expected = page < pages ? DeployOptions.PageSize : total - (pages - 1) * DeployOptions.PageSize;
            if (items != expected)
            {
                throw new BenchSetupException($"listVirtualMachines page {page} answered {items} instances, expected {expected}");
            }
            for (var i = 1; i < WarmupQueries; i++)
            {
                await api.GetBytesAsync(uri, ct);
            }
            var apiRun = await TimeAsync($"API page {page}", queries, async () =>
            {
                var reply = await api.GetBytesAsync(uri, ct);
                return reply.Length >= body.Length / 2 ? null : $"a reply of {reply.Length} bytes, the first one had {body.Length}";
            }, ct);

            var skip = (page - 1) * DeployOptions.PageSize;
            var bareRows = 0;
            async Task<string?> Bare()
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
                var rows = await db.VirtualMachines.AsNoTracking().Where(v => v.Removed == null).OrderBy(v => v.Id)
                    .Skip(skip).Take(DeployOptions.PageSize).ToListAsync(ct);
                bareRows = rows.Count;
                return rows.Count == expected ? null : $"the bare query read {rows.Count} rows, expected {expected}";
            }
            for (var i = 0; i < WarmupQueries; i++)
            {
                await Bare();
            }
            var bareRun = await TimeAsync($"bare page {page}", queries, Bare, ct);
            results.Add(new PageResult(page, pages, total, items, body.Length, apiRun, bareRun, bareRows));
        }
        return results;
    }

    /// <summary>Runs <paramref name="one"/> <paramref name="count"/> times in a row; it answers null when all went well, else what went wrong.</summary>
    private static async Task<RunResult> TimeAsync(string label, int count, Func<Task<string?>> one, CancellationToken ct)
    {
        var latencies = new long[count];
        var failed = 0L;
        string? firstError = null;
        var cost0 = ProcessSample.Take();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                if (await one() is { } problem)
                {
                    failed++;
                    firstError ??= problem;
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
        return new RunResult(label, count - failed, failed, 0, elapsed, latencies, firstError, cost);
    }

    private static Task<RunResult> SequentialAsync(SignedApi api, Uri uri, string label, int count, CancellationToken ct) =>
        TimeAsync(label, count, async () =>
        {
            await api.GetBytesAsync(uri, ct);
            return null;
        }, ct);

    /// <summary>
    /// A short wave of deployments with EF Core's diagnostics on, after the timed waves (so they pay
    /// nothing for it): the SQL commands and transactions of the whole process meanwhile, and the
    /// ones that took 150 ms or more, which on SQLite are the ones that found the database busy.
    /// </summary>
    private static async Task<DeployProbe> ProbeDeployAsync(SignedApi api, IServiceProvider services, DbCommandProbe probe, int count, int concurrency,
        TimeSpan poll, (string, string)[] deployArgs, CancellationToken ct)
    {
        probe.Active = true;
        try
        {
            // EF Core re-reads whether a diagnostic listener wants its events about once a second.
            await Task.Delay(TimeSpan.FromSeconds(1.5), ct);
            probe.Reset();
            var wave = await JobWave.RunAsync(api, services, "deployVirtualMachine", "deployvirtualmachineresponse", "Running", count, concurrency, poll, JobLimit, _ => deployArgs, ct);
            return new DeployProbe(wave, probe.Commands, probe.Duration, probe.SlowCommands, probe.Transactions, probe.TransactionWait, probe.MaxTransactionWait,
                probe.SlowTransactions, probe.BySql(), probe.SlowBySql());
        }
        finally
        {
            probe.Active = false;
        }
    }

    /// <summary>The SQL a few sequential requests run, from EF Core's diagnostics, and the database's plan for the longest statement.</summary>
    private static async Task<SqlProbe> ProbeSqlAsync(SignedApi api, IServiceProvider services, DbCommandProbe probe, string label, Uri uri, CancellationToken ct)
    {
        probe.Active = true;
        (string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, TimeSpan Duration)? slowest;
        SqlProbe result;
        try
        {
            // EF Core re-reads whether a diagnostic listener wants its events about once a second.
            await Task.Delay(TimeSpan.FromSeconds(1.5), ct);
            probe.Reset();
            for (var i = 0; i < SqlProbeRequests; i++)
            {
                await api.GetBytesAsync(uri, ct);
            }
            slowest = probe.Slowest;
            result = new SqlProbe(label, SqlProbeRequests, probe.Commands, probe.Duration, probe.Compilations, probe.BySql(), slowest?.Sql, slowest?.Duration ?? TimeSpan.Zero, []);
        }
        finally
        {
            probe.Active = false;
        }
        if (slowest is { } s)
        {
            result = result with { SlowestPlan = await ExplainAsync(services, s.Sql, s.Parameters, ct) };
        }
        return result;
    }

    /// <summary>EXPLAIN QUERY PLAN (SQLite) or EXPLAIN (PostgreSQL) of a statement with the parameters it ran with.</summary>
    private static async Task<IReadOnlyList<string>> ExplainAsync(IServiceProvider services, string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var sqlite = db.Database.IsSqlite();
        var lines = new List<string>();
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                // SQLite: id, parent, notused, detail; PostgreSQL: one line of text per row.
                lines.Add(sqlite ? reader.GetString(3) : reader.GetString(0));
            }
        }
        catch (System.Data.Common.DbException e)
        {
            lines.Add($"(no plan: {e.Message})");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return lines;
    }

    private static void Report(DatabaseRun r, DeployOptions options)
    {
        var d = r.Deploy;
        var b = r.Reboot;
        Console.WriteLine();
        Console.WriteLine($"report, {r.Database} (server and bench client share this process, {Environment.ProcessorCount} cores)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"setup through the API: zone, pod, Simulator cluster, {r.Hosts} hosts, NFS pool and image store, template, offering: {r.SetupTime.TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"deploy {d.Calls.Count} instances, {d.Concurrency} in flight, server job concurrency {r.MaxConcurrentJobs} (JobExecutorOptions.MaxConcurrentJobs): "
            + $"{d.Elapsed.TotalSeconds:0.0} s wall, {d.PerSecond:0.0} deployments/s, {d.Failed} failed{(d.Failed == 0 ? "" : "  <-- must be 0")}"));
        WaveLines(d, "call -> Running");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"baseline: rebootVirtualMachine on each of the {b.Calls.Count} instances, same concurrency and polling: {b.Elapsed.TotalSeconds:0.0} s wall, {b.PerSecond:0.0} reboots/s, {b.Failed} failed"));
        WaveLines(b, "call -> done");
        var ratio = b.CallToDone.Ms(50) > 0 ? d.CallToDone.Ms(50) / b.CallToDone.Ms(50) : 0;
        var perJob = b.Run.Ms(50) > 0 ? d.Run.Ms(50) / b.Run.Ms(50) : 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio deploy/reboot p50 call -> done: {ratio:0.00} (job run alone: {perJob:0.00}); what placing an instance and allocating its disk and address adds to an async job's round trip"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reference: signed listZones, {r.ListZones.Requests} sequential: p50 {r.ListZones.PercentileMs(50):0.00} ms, p99 {r.ListZones.PercentileMs(99):0.00} ms; "
            + $"deploy p50 call -> Running is {(r.ListZones.PercentileMs(50) > 0 ? d.CallToDone.Ms(50) / r.ListZones.PercentileMs(50) : 0):0} times that"));
        if (r.Probe is { } probe)
        {
            var n = Math.Max(1, probe.Wave.Calls.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"SQL during a probe wave of {probe.Wave.Calls.Count} more deployments ({probe.Wave.Failed} failed; same concurrency, EF Core diagnostics on, not in the figures above; "
                + $"call -> Running p50 {probe.Wave.CallToDone.Ms(50):0} ms): all SQL of the process, polls included, per deployment: {(double)probe.Commands / n:0.0} commands "
                + $"({probe.DbTime.TotalMilliseconds / n:0.0} ms until their first rows), {(double)probe.Transactions / n:0.0} transactions begun "
                + $"({probe.TransactionWait.TotalMilliseconds / n:0.0} ms waiting to begin, longest wait {probe.MaxTransactionWait.TotalMilliseconds:0} ms)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    took {DbCommandProbe.SlowThreshold.TotalMilliseconds:0} ms or more ({(r.Database == "SQLite" ? "Microsoft.Data.Sqlite sleeps 150 ms, blocking its thread, whenever SQLite says the database is busy, then tries again" : "on PostgreSQL mostly waiting for the row locks of another transaction")}): "
                + $"{probe.SlowTransactions} of {probe.Transactions} transaction begins, {probe.SlowCommands} of {probe.Commands} commands"));
            foreach (var (text, count) in probe.SlowSql.Take(4))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {count,5}x slow  {Short(text)}"));
            }
            Console.WriteLine("    statements with the most time until their first rows, per deployment:");
            foreach (var (text, count, duration) in probe.Sql.OrderByDescending(x => x.Duration).Take(8))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {(double)count / n,6:0.00}x {duration.TotalMilliseconds / count,8:0.000} ms  {Short(text)}"));
            }
        }
        Console.WriteLine($"instances Running at the end (listVirtualMachines state=Running): {r.RunningAtEnd} of {r.ExpectedRunning} (1 warm-up, the timed and the probe deployments){(r.RunningAtEnd == r.ExpectedRunning ? "" : "  <-- not all Running")}");

        foreach (var step in r.Lists)
        {
            var filled = step.Fill.Added == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
                $" ({step.Fill.Added} added through the DbContext with their disks, nics and {step.Fill.Networks} extra networks in {step.Fill.Elapsed.TotalSeconds:0.0} s, "
                + $"{step.Fill.Added / Math.Max(0.001, step.Fill.Elapsed.TotalSeconds):0} instances/s)");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"listVirtualMachines pagesize={DeployOptions.PageSize} listall=true at {step.Instances} instances{filled}, {options.Queries} sequential queries each:"));
            foreach (var p in step.Pages)
            {
                var apiP50 = p.Api.PercentileMs(50);
                var bareP50 = p.Bare.PercentileMs(50);
                var error = p.Api.FirstError ?? p.Bare.FirstError;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    page {p.Page,3} of {p.Pages}: API p50 {apiP50,7:0.0} ms, p99 {p.Api.PercentileMs(99),7:0.0} ms ({p.Items} instances, {p.Bytes / 1024.0:0} KB); "
                    + $"bare query p50 {bareP50,6:0.00} ms, p99 {p.Bare.PercentileMs(99),6:0.00} ms ({p.BareRows} rows); ratio API/bare p50 {(bareP50 > 0 ? apiP50 / bareP50 : 0),5:0.0}; "
                    + $"cpu {p.Api.Cost.Cpu.TotalMilliseconds / Math.Max(1, p.Api.Requests):0} ms/API request")
                    + (p.Api.Failed + p.Bare.Failed > 0 ? $"; {p.Api.Failed + p.Bare.Failed} FAILED ({error})" : ""));
            }
        }
        if (r.Sql is { } sql)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"SQL per request of {sql.Label} ({sql.Requests} sequential requests): {(double)sql.Commands / sql.Requests:0.00} commands, "
                + $"{sql.DbTime.TotalMilliseconds / sql.Requests:0.00} ms until their first rows, {sql.Compilations} LINQ query compilations"));
            foreach (var (text, count, duration) in sql.Sql)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {(double)count / sql.Requests,5:0.00}x {duration.TotalMilliseconds / count,8:0.000} ms  {Short(text)}"));
            }
            if (sql.SlowestSql is { } slowest)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    the database's plan for the longest of them ({sql.SlowestDuration.TotalMilliseconds:0.0} ms): {Short(slowest)}"));
                foreach (var line in sql.SlowestPlan)
                {
                    Console.WriteLine($"        {line}");
                }
            }
        }
        foreach (var wave in new[] { d, b }.Where(w => w.Failed > 0))
        {
            Console.WriteLine($"first failure of {wave.Command}: {wave.FirstError}");
        }
    }

    /// <summary>The start and the end of a statement (its filter, order and limit are at the end).</summary>
    private static string Short(string sql) => sql.Length > 240 ? sql[..140] + " ... " + sql[^100..] : sql;

    private static void WaveLines(WaveResult w, string what)
    {
        Console.WriteLine($"    {what} (from sending the call until the server stamped the job done): {w.CallToDone.Format()}, mean {w.CallToDone.MeanMs:0} ms");
        Console.WriteLine($"    API answer with the job id {w.Answered.Format()}; call -> a job slot took it {w.ToStart.Format()}; job run {w.Run.Format()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    as the client saw it (queryAsyncJobResult every {w.PollInterval.TotalMilliseconds:0} ms): {w.Observed.Format()}; {w.Polls} polls ({w.Polls / Math.Max(0.001, w.Elapsed.TotalSeconds):0}/s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    jobs running at once: peak {w.PeakRunning}; thread pool up to {w.MaxPoolThreads} threads, {w.MaxPendingWorkItems} queued work items; "
            + $"whole process CPU {w.Cost.Cpu.TotalSeconds:0.0} s ({w.Cost.Cpu.TotalMilliseconds / Math.Max(1, w.Calls.Count):0.0} ms per call, {w.Cost.Cpu.TotalSeconds / Math.Max(0.001, w.Elapsed.TotalSeconds) / Environment.ProcessorCount * 100:0}% of the cores)"));
    }

    private static void Summary(List<DatabaseRun> runs)
    {
        Console.WriteLine();
        Console.WriteLine("summary");
        foreach (var r in runs)
        {
            var lists = string.Join("; ", r.Lists.Select(l => string.Create(CultureInfo.InvariantCulture,
                $"{l.Instances}: API p50 {string.Join("/", l.Pages.Select(p => p.Api.PercentileMs(50).ToString("0", CultureInfo.InvariantCulture)))} ms "
                + $"(bare {string.Join("/", l.Pages.Select(p => p.Bare.PercentileMs(50).ToString("0.0", CultureInfo.InvariantCulture)))})")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Database,-10}: {r.Deploy.PerSecond:0.0} deployments/s, call -> Running p50 {r.Deploy.CallToDone.Ms(50):0} ms p99 {r.Deploy.CallToDone.Ms(99):0} ms, "
                + $"{r.Deploy.Failed} failed; reboot p50 {r.Reboot.CallToDone.Ms(50):0} ms (ratio {(r.Reboot.CallToDone.Ms(50) > 0 ? r.Deploy.CallToDone.Ms(50) / r.Reboot.CallToDone.Ms(50) : 0):0.00}); "
                + $"listVirtualMachines first/middle/last page at {lists}"));
        }
    }
}
