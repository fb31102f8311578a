using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SharpStack.Contract.Signing;
using SharpStack.Server;

namespace SharpStack.Bench;

/// <summary>
/// Throughput and latency of a signed listAccounts call against the bare /client/health endpoint
/// of the same in-process server, so the ratio shows what the API pipeline costs per request.
/// </summary>
internal static class AccountsBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }
        if (options.ShowHelp)
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }

        const string AdminPassword = "benchpw";
        using var dbProbe = new DbCommandProbe();
        var dataDir = Directory.CreateTempSubdirectory("sharpstack-bench-").FullName;
        var app = ServerHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--data-dir", dataDir,
            "--admin-password", AdminPassword,
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.AspNetCore=Warning",
            "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning",
        ]);
        // A reference point mapped by the bench only: listAccounts' own answer bytes, served as they are,
        // to tell the cost of moving ~19 KB over HTTP from the cost of producing them.
        var staticBody = Array.Empty<byte>();
        app.MapGet("/bench/static-listaccounts", () => Results.Bytes(staticBody, "application/json; charset=UTF-8"));
        var started = false;
        try
        {
            await ServerHost.StartAsync(app);
            started = true;
            var baseUri = new Uri(app.Urls.First().TrimEnd('/') + "/");
            if (!IPAddress.TryParse(baseUri.Host, out var ip) || !IPAddress.IsLoopback(ip))
            {
                throw new BenchSetupException($"the server bound {baseUri}, not a loopback address");
            }
            var apiUri = new Uri(baseUri, "client/api");
            var healthUri = new Uri(baseUri, "client/health");
            var staticUri = new Uri(baseUri, "bench/static-listaccounts");
            Console.WriteLine($"SharpStack bench: server {ServerHost.Version} at {baseUri} (SQLite in {dataDir})");
            Console.WriteLine($"  {options.Seconds} s per target after {options.WarmupSeconds} s warm-up, {options.Concurrency} concurrent loops, {Environment.ProcessorCount} cores, client and server share this process");

            // Setup: a session (cookies + session key), the admin's API keys and some accounts to list.
            var cookies = new CookieContainer();
            using var setup = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true, UseProxy = false })
            {
                Timeout = TimeSpan.FromSeconds(30),
            };
            var session = new SessionClient(setup, apiUri);
            await session.LoginAsync("admin", AdminPassword);
            var adminId = (await session.GetAsync("listUsers", ("username", "admin")))
                .GetProperty("listusersresponse").GetProperty("user")[0].GetProperty("id").GetString()!;
            var keys = (await session.PostAsync("registerUserKeys", ("id", adminId)))
                .GetProperty("registeruserkeysresponse").GetProperty("userkeys");
            var apiKey = keys.GetProperty("apikey").GetString()!;
            var secretKey = keys.GetProperty("secretkey").GetString()!;
            for (var i = 1; i <= options.Accounts; i++)
            {
                var name = "benchuser" + i.ToString(CultureInfo.InvariantCulture);
                await session.PostAsync("createAccount",
                    ("accounttype", "0"), ("email", name + "@example.test"), ("firstname", "Bench"),
                    ("lastname", "User" + i.ToString(CultureInfo.InvariantCulture)), ("password", "bench-pw-" + name), ("username", name));
            }

            // One signed GET, reused by every request (signature version 1 has no expiry).
            var signedParams = new List<KeyValuePair<string, string>>
            {
                new("command", "listAccounts"),
                new("listall", "true"),
                new("response", "json"),
                new("apikey", apiKey),
            };
            var signature = RequestSignature.Compute(RequestSignature.CanonicalString(signedParams), secretKey);
            var query = string.Join('&', signedParams.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)))
                + "&signature=" + Uri.EscapeDataString(signature);
            var listUri = new Uri(apiUri + "?" + query);

            var (listCount, listBody) = await VerifyListAsync(setup, listUri, options.Accounts + 1);
            staticBody = listBody;
            var healthBytes = await VerifyAsync(setup, healthUri);
            var staticBytes = await VerifyAsync(setup, staticUri);
            Console.WriteLine($"  signed listAccounts verified: HTTP 200, count {listCount}, {listBody.Length} bytes; /client/health {healthBytes} bytes; static copy {staticBytes} bytes");
            Console.WriteLine();

            using var load = new HttpClient(new SocketsHttpHandler
            {
                UseCookies = false,
                UseProxy = false,
                AllowAutoRedirect = false,
                MaxConnectionsPerServer = options.Concurrency,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            })
            {
                Timeout = TimeSpan.FromSeconds(30),
            };

            var targets = new[]
            {
                (Label: "bare endpoint /client/health", Uri: healthUri),
                (Label: $"static {listBody.Length / 1024.0:0.0} KB copy of the list body", Uri: staticUri),
                (Label: $"signed listAccounts ({listCount} accounts)", Uri: listUri),
            };
            var runs = new List<RunResult>();
            foreach (var (label, uri) in targets)
            {
                runs.Add(await MeasureAsync(load, uri, label, options));
            }
            var bare = runs[0];
            var list = runs[^1];

            // Probe pass, after the timed runs: the SQL commands one request runs.
            const int ProbeRequests = 200;
            var probeFailed = 0L;
            var probes = new List<(string Label, double Commands, double DbMs, long Compilations, IReadOnlyList<(string Sql, long Count, TimeSpan Duration)> Sql)>();
            dbProbe.Active = true;
            // EF Core re-reads whether a diagnostic listener wants its events about once a second.
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            foreach (var (label, uri) in new[] { targets[0], targets[^1] })
            {
                probeFailed += await LoadRun.SequentialAsync(load, uri, 5);
                dbProbe.Reset();
                probeFailed += await LoadRun.SequentialAsync(load, uri, ProbeRequests);
                probes.Add((label, (double)dbProbe.Commands / ProbeRequests, dbProbe.Duration.TotalMilliseconds / ProbeRequests, dbProbe.Compilations, dbProbe.BySql()));
            }
            dbProbe.Active = false;

            var width = targets.Max(t => t.Label.Length);
            Console.WriteLine();
            foreach (var run in runs)
            {
                Console.WriteLine(run.Format(width));
            }
            var ratio = bare.Throughput > 0 ? list.Throughput / bare.Throughput : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio listAccounts/bare throughput: {ratio:0.00} (aim >= 0.50){(ratio >= 0.5 ? "" : "  <-- below target")}"));

            Console.WriteLine();
            Console.WriteLine("cost per request, whole process (client + server), timed runs:");
            foreach (var run in runs)
            {
                Console.WriteLine(run.FormatCost(width));
            }
            Console.WriteLine($"SQL per request, from EF Core diagnostics ({ProbeRequests} sequential requests after the timed runs):");
            foreach (var (label, commands, dbMs, compilations, sql) in probes)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label.PadRight(width)} : {commands:0.00} commands/req, {dbMs:0.000} ms/req until their first rows, {compilations} LINQ query compilations"));
                foreach (var (text, count, duration) in sql)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"    {(double)count / ProbeRequests,5:0.00}x {duration.TotalMilliseconds / count,6:0.000} ms  {(text.Length > 150 ? text[..150] + "..." : text)}"));
                }
            }

            var failures = runs.Sum(r => r.Failed + r.WarmupFailed) + probeFailed;
            foreach (var run in runs.Where(r => r.FirstError is not null))
            {
                Console.WriteLine($"first error ({run.Label}): {run.FirstError}");
            }
            if (probeFailed > 0)
            {
                Console.WriteLine($"{probeFailed} probe requests failed");
            }
            return failures == 0 ? 0 : 1;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"bench failed: {e}");
            return 2;
        }
        finally
        {
            if (started)
            {
                await app.StopAsync();
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

    private static async Task<(int Count, byte[] Body)> VerifyListAsync(HttpClient http, Uri uri, int expected)
    {
        using var response = await http.GetAsync(uri);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchSetupException($"signed listAccounts answered HTTP {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        }
        using var doc = JsonDocument.Parse(body);
        var count = doc.RootElement.GetProperty("listaccountsresponse").GetProperty("count").GetInt32();
        if (count < expected)
        {
            throw new BenchSetupException($"signed listAccounts returned {count} accounts, expected at least {expected}");
        }
        return (count, body);
    }

    private static async Task<int> VerifyAsync(HttpClient http, Uri uri)
    {
        using var response = await http.GetAsync(uri);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchSetupException($"{uri.AbsolutePath} answered HTTP {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        }
        return body.Length;
    }

    private static async Task<RunResult> MeasureAsync(HttpClient http, Uri uri, string label, BenchOptions options)
    {
        Console.WriteLine($"  {label}: warming up {options.WarmupSeconds} s ...");
        var warmup = await LoadRun.RunAsync(http, uri, options.Concurrency, TimeSpan.FromSeconds(options.WarmupSeconds));
        Console.WriteLine($"  {label}: measuring {options.Seconds} s ...");
        var before = ProcessSample.Take();
        var measured = await LoadRun.RunAsync(http, uri, options.Concurrency, TimeSpan.FromSeconds(options.Seconds));
        var cost = ProcessSample.Take() - before;
        return measured with { Label = label, WarmupFailed = warmup.Failed, FirstError = measured.FirstError ?? warmup.FirstError, Cost = cost };
    }
}
