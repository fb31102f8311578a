using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Agent.Protocol;
using SharpStack.Data;
using SharpStack.Orchestration.Networks;
using SharpStack.Server;

namespace SharpStack.Bench;

/// <summary>
/// The virtual router's configuration at scale: one isolated network with V instances and R port
/// forwarding rules (all made through the API), then one rule added and removed K times; each
/// change recomputes the router's whole document and has the (simulated) router apply it. The same
/// changes on a network with one instance and no rules, in the same run, are the baseline. Also
/// times building the document alone (RouterConfigs.BuildAsync, in-process) on both networks.
/// </summary>
internal static class RouterBench
{
    public const string Usage = "usage: sharpstack-bench router [--vms V (250)] [--rules R (1000)] [--changes K (20)]";

    private const string AdminPassword = "benchpw";

    public static async Task<int> RunAsync(string[] args)
    {
        int vms = 250, rules = 1000, changes = 20;
        for (var i = 0; i < args.Length; i++)
        {
            int Next() => i + 1 < args.Length && int.TryParse(args[++i], CultureInfo.InvariantCulture, out var v) && v > 0
                ? v : throw new ArgumentException($"{args[i - 1]} needs a positive number");
            try
            {
                switch (args[i])
                {
                    case "--vms": vms = Next(); break;
                    case "--rules": rules = Next(); break;
                    case "--changes": changes = Next(); break;
                    case "--help" or "-h": Console.WriteLine(Usage); return 0;
                    default: throw new ArgumentException($"unknown option {args[i]}");
                }
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine(Usage);
                return 2;
            }
        }
        if (vms > 250 || rules > 40_000)
        {
            Console.Error.WriteLine("at most 250 instances (one /24 network) and 40,000 rules (ports 10000-49999 of one address)");
            return 2;
        }

        var dataDir = Directory.CreateTempSubdirectory("sharpstack-bench-router-").FullName;
        using var stop = new CancellationTokenSource();
        var app = ServerHost.Build(
        [
            "--urls", "http://127.0.0.1:0", "--data-dir", dataDir, "--admin-password", AdminPassword, "--agent-port", "-1",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning",
        ]);
        try
        {
            await ServerHost.StartAsync(app, stop.Token);
            var ct = stop.Token;
            var baseUri = new Uri(app.Urls.First().TrimEnd('/') + "/");
            if (!IPAddress.TryParse(baseUri.Host, out var address) || !IPAddress.IsLoopback(address))
            {
                throw new BenchSetupException($"the server bound {baseUri}, not a loopback address");
            }
            var apiUri = new Uri(baseUri, "client/api");
            Console.WriteLine($"SharpStack bench, router mode: server {ServerHost.Version} at {baseUri} (SQLite in {dataDir}); {Environment.ProcessorCount} cores, client and server share this process");
            Console.WriteLine($"  a network with {vms} instances and {rules} port forwarding rules against one with 1 instance and no rules; {changes} rule additions and removals on each");

            using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(120) };
            var session = new SessionClient(http, apiUri);
            await session.LoginAsync("admin", AdminPassword);
            var adminId = (await session.GetAsync("listUsers", ("username", "admin"))).GetProperty("listusersresponse").GetProperty("user")[0].GetProperty("id").GetString()!;
            var keys = (await session.PostAsync("registerUserKeys", ("id", adminId))).GetProperty("registeruserkeysresponse").GetProperty("userkeys");
            using var signedHttp = new HttpClient(new SocketsHttpHandler { UseCookies = false, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(120) };
            var api = new SignedApi(signedHttp, apiUri, keys.GetProperty("apikey").GetString()!, keys.GetProperty("secretkey").GetString()!);
            var setup = Stopwatch.StartNew();
            var zone = await BenchZone.CreateAsync(session, "bench-router", 4, "router", ct);

            var big = await BuildNetworkAsync(session, api, app.Services, zone, "bigrouter", vms, rules, ct);
            var small = await BuildNetworkAsync(session, api, app.Services, zone, "smallrouter", 1, 0, ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  setup (zone, {vms + 1} instances, {rules} rules, all through the API): {setup.Elapsed.TotalSeconds:0.0} s"));

            // Warm-up on both, then the timed changes, alternating so that both see the same machine.
            await ChangeAsync(session, app.Services, small, 0, ct);
            await ChangeAsync(session, app.Services, big, 0, ct);
            var bigTimes = new List<(TimeSpan Add, TimeSpan Remove)>();
            var smallTimes = new List<(TimeSpan Add, TimeSpan Remove)>();
            for (var k = 1; k <= changes; k++)
            {
                smallTimes.Add(await ChangeAsync(session, app.Services, small, k, ct));
                bigTimes.Add(await ChangeAsync(session, app.Services, big, k, ct));
            }

            var (bigBuild, bigBytes, bigRules, bigGuests) = await TimeBuildAsync(app.Services, big.NetworkId, changes, ct);
            var (smallBuild, smallBytes, _, _) = await TimeBuildAsync(app.Services, small.NetworkId, changes, ct);

            Console.WriteLine();
            Console.WriteLine($"  the big router's document: {bigGuests} DHCP entries, {bigRules} port forwards, {bigBytes / 1024.0:0} KB as JSON (the small one: {smallBytes} bytes)");
            Report("add one port forwarding rule (job run: document built and applied)", bigTimes.Select(t => t.Add), smallTimes.Select(t => t.Add));
            Report("remove it again (job run)", bigTimes.Select(t => t.Remove), smallTimes.Select(t => t.Remove));
            Report("build the document alone (RouterConfigs.BuildAsync)", bigBuild, smallBuild);
            return 0;
        }
        catch (BenchSetupException e)
        {
            Console.Error.WriteLine($"bench setup failed: {e.Message}");
            return 1;
        }
        finally
        {
            await stop.CancelAsync();
            await app.DisposeAsync();
            try
            {
                Directory.Delete(dataDir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private sealed record BenchNetwork(string NetworkId, string PublicIpId, string VmId);

    /// <summary>
    /// An account whose network holds the instances (deployed 8 at a time) and the port forwarding
    /// rules (public ports 10000.. to port 22 of each instance in turn, 8 calls in flight).
    /// </summary>
    private static async Task<BenchNetwork> BuildNetworkAsync(SessionClient session, SignedApi api, IServiceProvider services, BenchZone.ComputeZone zone,
        string name, int vms, int rules, CancellationToken ct)
    {
        await session.PostAsync("createAccount", ("accounttype", "0"), ("username", name), ("account", name), ("email", name + "@example.test"),
            ("firstname", "Bench"), ("lastname", "Router"), ("password", "benchpw"));
        var owner = new[] { ("account", name), ("domainid", await RootDomainAsync(session)) };
        // No limits on instances, CPUs, memory, volumes and primary storage for the bench accounts.
        foreach (var type in new[] { "0", "2", "8", "9", "10" })
        {
            await session.PostAsync("updateResourceLimit", [("resourcetype", type), ("max", "-1"), .. owner]);
        }
        var wave = await JobWave.RunAsync(api, services, "deployVirtualMachine", "deployvirtualmachineresponse", "Running", vms, 8, TimeSpan.FromMilliseconds(20),
            TimeSpan.FromMinutes(5), i => [("zoneid", zone.ZoneId), ("templateid", zone.TemplateId), ("serviceofferingid", zone.OfferingId), ("name", $"{name}-{i}"), .. owner], ct);
        if (wave.Failed > 0)
        {
            throw new BenchSetupException($"deploying {name}'s instances failed: {wave.FirstError}");
        }
        var vmIds = wave.Calls.Select(c => c.InstanceId!).ToList();
        var networkId = (await session.GetAsync("listNetworks", owner)).GetProperty("listnetworksresponse").GetProperty("network")[0].GetProperty("id").GetString()!;
        var ip = (await session.GetAsync("listPublicIpAddresses", [("associatednetworkid", networkId), .. owner]))
            .GetProperty("listpublicipaddressesresponse").GetProperty("publicipaddress")[0].GetProperty("id").GetString()!;
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(8, rules)).Select(_ => Task.Run(async () =>
        {
            int r;
            while ((r = Interlocked.Increment(ref next)) < rules)
            {
                await TimedJobAsync(session, services, "createPortForwardingRule", ("ipaddressid", ip), ("protocol", "tcp"),
                    ("publicport", (10000 + r).ToString(CultureInfo.InvariantCulture)), ("privateport", "22"), ("virtualmachineid", vmIds[r % vmIds.Count]), ("openfirewall", "false"));
            }
        }, ct)));
        return new BenchNetwork(networkId, ip, vmIds[0]);
    }

    private static async Task<string> RootDomainAsync(SessionClient session) =>
        (await session.GetAsync("listDomains", ("level", "0"))).GetProperty("listdomainsresponse").GetProperty("domain")[0].GetProperty("id").GetString()!;

    /// <summary>Adds one rule and removes it; answers each job's run time by the server's own stamps.</summary>
    private static async Task<(TimeSpan Add, TimeSpan Remove)> ChangeAsync(SessionClient session, IServiceProvider services, BenchNetwork network, int k, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var port = (50000 + k).ToString(CultureInfo.InvariantCulture);
        var (added, addRun) = await TimedJobAsync(session, services, "createPortForwardingRule", ("ipaddressid", network.PublicIpId), ("protocol", "tcp"), ("publicport", port),
            ("privateport", "80"), ("virtualmachineid", network.VmId), ("openfirewall", "false"));
        var ruleId = added.GetProperty("portforwardingrule").GetProperty("id").GetString()!;
        var (_, removeRun) = await TimedJobAsync(session, services, "deletePortForwardingRule", ("id", ruleId));
        return (addRun, removeRun);
    }

    /// <summary>Runs an async command to its end; answers its result and how long the job ran by the server's stamps (Started to Completed).</summary>
    private static async Task<(JsonElement Result, TimeSpan Run)> TimedJobAsync(SessionClient session, IServiceProvider services, string command, params (string Name, string Value)[] args)
    {
        var jobId = (await session.PostAsync(command, args)).GetProperty(command.ToLowerInvariant() + "response").GetProperty("jobid").GetString()!;
        while (true)
        {
            var job = (await session.GetAsync("queryAsyncJobResult", ("jobid", jobId))).GetProperty("queryasyncjobresultresponse");
            var status = job.GetProperty("jobstatus").GetInt32();
            if (status == 2)
            {
                throw new BenchSetupException($"{command} failed: {job.GetProperty("jobresult")}");
            }
            if (status == 1)
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
                var uuid = Guid.Parse(jobId);
                var stamps = await db.AsyncJobs.AsNoTracking().Where(j => j.Uuid == uuid).Select(j => new { j.Started, j.Completed }).FirstAsync();
                return (job.GetProperty("jobresult").Clone(), (stamps.Completed - stamps.Started) ?? TimeSpan.Zero);
            }
            await Task.Delay(5);
        }
    }

    /// <summary>Builds the network's router document <paramref name="times"/> times in a fresh scope each, as a job does.</summary>
    private static async Task<(List<TimeSpan> Times, int Bytes, int Rules, int Guests)> TimeBuildAsync(IServiceProvider services, string networkUuid, int times, CancellationToken ct)
    {
        var uuid = Guid.Parse(networkUuid);
        var result = new List<TimeSpan>();
        RouterConfig? last = null;
        for (var i = 0; i <= times; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
            var started = Stopwatch.GetTimestamp();
            var router = await db.Routers.AsNoTracking().FirstAsync(r => r.Removed == null && db.Networks.Any(n => n.Id == r.NetworkId && n.Uuid == uuid), ct);
            last = await RouterConfigs.BuildAsync(db, router, router.AppliedConfigVersion + 1, s => s, ct);
            if (i > 0)
            {
                result.Add(Stopwatch.GetElapsedTime(started));
            }
        }
        var bytes = JsonSerializer.SerializeToUtf8Bytes(last, AgentProtocol.Json).Length;
        return (result, bytes, last!.PortForwards.Count, last.DhcpEntries.Count);
    }

    private static void Report(string what, IEnumerable<TimeSpan> big, IEnumerable<TimeSpan> small)
    {
        var b = Percentiles.Of(big);
        var s = Percentiles.Of(small);
        Console.WriteLine($"  {what}:");
        Console.WriteLine($"    big network:   {b.Format("0.0")}");
        Console.WriteLine($"    small network: {s.Format("0.0")}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    ratio big/small p50: {(s.Ms(50) > 0 ? b.Ms(50) / s.Ms(50) : 0):0.00}"));
    }
}
