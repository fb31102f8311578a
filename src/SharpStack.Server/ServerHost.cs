using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SharpStack.Api;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Data;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Housekeeping;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Settings;
using SharpStack.Orchestration.Usage;

namespace SharpStack.Server;

/// <summary>Builds and starts the management server; Program and the end-to-end tests both use it.</summary>
public static class ServerHost
{
    public const string Version = "0.1.0";

    private static readonly Dictionary<string, string> Switches = new()
    {
        ["--data-dir"] = "DataDir",
        ["--database"] = "Database",
        ["--admin-password"] = "AdminPassword",
        ["--server-key"] = "ServerKey",
        ["--demo"] = "Demo",
        ["--agent-port"] = "AgentPort",
        ["--zone-file"] = "ZoneFile",
        ["--agent-address"] = "AgentAddress",
        ["--public-url"] = "PublicUrl",
        ["--usage-only"] = "UsageOnly",
    };

    /// <param name="configureServices">Runs after the server's own registrations; tests use it to inject a clock.</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args });
        builder.Configuration.AddEnvironmentVariables("SHARPSTACK_");
        builder.Configuration.AddCommandLine(NormalizeFlags(args), Switches);
        var options = builder.Configuration.Get<ServerOptions>() ?? new ServerOptions();
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            // Alone, the aggregator serves only its health check, on any free port beside a management server.
            builder.WebHost.UseUrls(options.UsageOnly ? "http://127.0.0.1:0" : ServerOptions.DefaultUrls);
        }
        DataDirectory.Ensure(options.DataDir);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCloudDatabase(options.ConnectionString());
        builder.Services.AddSingleton<SettingsService>();
        builder.Services.AddSingleton<UsageAggregator>();
        builder.Services.AddHostedService<UsageAggregationService>();
        if (options.UsageOnly)
        {
            configureServices?.Invoke(builder.Services);
            var usageOnly = builder.Build();
            usageOnly.MapGet("/client/health", () => Results.Json(new { status = "ok", version = Version, mode = "usage-only" }));
            return usageOnly;
        }
        builder.Services.AddSingleton<EventLog>();
        builder.Services.AddSingleton(new ServerIdentity { Uuid = DataDirectory.ServerId(options), Name = Environment.MachineName });
        builder.Services.AddSingleton<JobSignal>();
        builder.Services.AddSingleton(new JobExecutorOptions());
        builder.Services.AddSingleton<ManagementServerRegistry>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ManagementServerRegistry>());
        builder.Services.AddHostedService<JobExecutor>();
        builder.Services.AddHostedService<Housekeeper>();
        builder.Services.AddHostedService<SharpStack.Api.Images.TemplateDownloader>();
        builder.Services.AddHostedService<SharpStack.Api.Images.VolumeDownloader>();
        builder.Services.AddSingleton<SharpStack.Orchestration.Alerts.AlertLog>();
        builder.Services.AddSingleton<SharpStack.Orchestration.Hosts.HostMonitor>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SharpStack.Orchestration.Hosts.HostMonitor>());
        builder.Services.AddSingleton(new SharpStack.Orchestration.Agents.AgentServerOptions
        {
            Port = builder.Configuration.GetValue("AgentPort", SharpStack.Agent.Protocol.AgentProtocol.DefaultPort),
            Address = builder.Configuration.GetValue("AgentAddress", "127.0.0.1")!,
        });
        builder.Services.AddSingleton<SharpStack.Orchestration.Agents.AgentRegistry>();
        builder.Services.AddSingleton<SharpStack.Orchestration.Agents.PingRecorder>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SharpStack.Orchestration.Agents.PingRecorder>());
        builder.Services.AddSingleton<SharpStack.Orchestration.Agents.VmStateReconciler>();
        builder.Services.AddSingleton<SharpStack.Orchestration.Agents.AgentServer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SharpStack.Orchestration.Agents.AgentServer>());
        builder.Services.AddSingleton<SharpStack.Orchestration.Compute.VmExpunger>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SharpStack.Orchestration.Compute.VmExpunger>());
        builder.Services.AddSingleton<SharpStack.Orchestration.Alerts.CapacityAlerts>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SharpStack.Orchestration.Alerts.CapacityAlerts>());
        builder.Services.AddSingleton<SharpStack.Orchestration.Snapshots.SnapshotScheduler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SharpStack.Orchestration.Snapshots.SnapshotScheduler>());
        builder.Services.AddSingleton<SharpStack.Simulator.SimulatorHeartbeats>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SharpStack.Simulator.SimulatorHeartbeats>());
        builder.Services.AddSingleton(new SharpStack.Api.Images.DownloadLinkOptions(options.PublicUrl));
        builder.Services.AddCloudApi(DataDirectory.ServerKey(options));
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        var endpoint = app.Services.GetRequiredService<ApiEndpoint>();
        app.MapMethods("/client/api", ["GET", "POST"], endpoint.HandleAsync);
        app.MapGet(SharpStack.Api.Images.DownloadLinks.PathPrefix + "{token}", (HttpContext http, string token, SharpStack.Api.Images.DownloadLinks links, CloudDbContext db, TimeProvider time) =>
            links.ServeAsync(http, token, db, time));
        app.MapPost(SharpStack.Api.Images.DownloadLinks.UploadPathPrefix + "{token}", (HttpContext http, string token, SharpStack.Api.Images.TemplateUploads templates,
            SharpStack.Api.Images.VolumeUploads volumes, SharpStack.Api.Images.DownloadLinks links, CloudDbContext db, TimeProvider time) =>
            links.Read(token, time.GetUtcNow().UtcDateTime, "v") is { } volumeId ? volumes.HandleAsync(http, volumeId, db) : templates.HandleAsync(http, token, db)).DisableAntiforgery();
        app.MapGet("/client/health", () => Results.Json(new { status = "ok", version = Version }));
        app.MapGet("/", () => Results.Redirect("/client/"));
        app.MapWebUi();
        return app;
    }

    /// <summary>Migrates and seeds the database, registers this server, then starts serving.</summary>
    public static async Task StartAsync(WebApplication app, CancellationToken ct = default)
    {
        var options = app.Services.GetRequiredService<ServerOptions>();
        if (options.UsageOnly)
        {
            await StartUsageOnlyAsync(app, ct);
            return;
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
            await DatabaseProvider.MigrateAsync(db, ct);
            var generated = await InitialData.EnsureAsync(db, options.AdminPassword, TimeProvider.System, ct);
            await DefaultOfferings.EnsureAsync(db, TimeProvider.System, ct);
            await DefaultNetworkOfferings.EnsureAsync(db, TimeProvider.System, ct);
            await DefaultVpcOfferings.EnsureAsync(db, TimeProvider.System, ct);
            await SharpStack.Orchestration.Networks.PublicAddresses.BackfillAsync(db, ct);
            await DefaultGuestOs.EnsureAsync(db, TimeProvider.System, ct);
            if (generated is not null)
            {
                var file = Path.Combine(options.DataDir, "admin-password");
                DataDirectory.WritePrivate(file, generated + "\n");
                Console.WriteLine($"Created user 'admin' in domain ROOT with password: {generated}");
                Console.WriteLine($"(also written to {Path.GetFullPath(file)}, readable only by this user)");
            }
        }
        await app.Services.GetRequiredService<ManagementServerRegistry>().RegisterAsync(Version, ct);
        if (options.Demo)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
            if (await DemoZone.EnsureAsync(db, app.Services.GetRequiredService<InternalApiClient>(), options.DataDir, ct))
            {
                Console.WriteLine($"Created the demo zone '{DemoZone.Name}': 4 simulated hosts, primary and secondary storage, public IPs 203.0.113.10-200");
            }
        }
        if (!string.IsNullOrWhiteSpace(options.ZoneFile))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
            var admin = await SharpStack.Api.Auth.IdentityCache.LoadCallerAsync(db, SharpStack.Core.Identity.User.AdminId, includeRemoved: false, ct)
                        ?? throw new InvalidOperationException("the admin user is missing");
            var file = SharpStack.Contract.Zones.ZoneFile.Parse(await File.ReadAllTextAsync(options.ZoneFile, ct));
            var result = await app.Services.GetRequiredService<SharpStack.Api.Zones.ZoneFileApplier>().ApplyAsync(db, admin, file, ct);
            Console.WriteLine($"Applied zone file {options.ZoneFile}: {result.Created} change(s), {result.Existing} item(s) already there");
        }
        await app.StartAsync(ct);
    }

    /// <summary>The usage aggregator alone, against the database the management servers use.</summary>
    private static async Task StartUsageOnlyAsync(WebApplication app, CancellationToken ct)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await DatabaseProvider.MigrateAsync(scope.ServiceProvider.GetRequiredService<CloudDbContext>(), ct);
        }
        await app.StartAsync(ct);
    }

    /// <summary>"--demo" and "--usage-only" alone mean =true.</summary>
    private static string[] NormalizeFlags(string[] args)
    {
        var result = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            var isBareFlag = args[i] is "--demo" or "--usage-only" && (i + 1 == args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal));
            result.Add(isBareFlag ? args[i] + "=true" : args[i]);
        }
        return result.ToArray();
    }
}
