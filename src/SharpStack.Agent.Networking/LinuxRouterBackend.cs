using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SharpStack.Agent.Networking.Host;
using SharpStack.Agent.Networking.Processes;
using SharpStack.Agent.Networking.Router;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking;

/// <summary>
/// A guest network's virtual router on a Linux host: a network namespace wired to the guest and
/// public bridges, running dnsmasq (DHCP, DNS), an iptables rule set (NAT, firewall), haproxy (load
/// balancing) and the metadata and password services (in this process). Each document is applied whole and
/// idempotently; one older than the last applied (kept in the router's state directory) is ignored.
/// </summary>
public sealed partial class LinuxRouterBackend : IRouterBackend, IAsyncDisposable
{
    private readonly HostNetworkOptions options;
    private readonly ILogger<LinuxRouterBackend> log;
    private readonly RouterLinks links;
    private readonly DnsmasqService dnsmasq;
    private readonly HaproxyService haproxy;
    private readonly RouterFirewallService firewall;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new();
    private readonly ConcurrentDictionary<string, RouterGuestServices> guestServices = new();

    public LinuxRouterBackend(HostNetworkOptions options, ILogger<LinuxRouterBackend> log)
        : this(options, log, new ProcessRunner())
    {
    }

    public LinuxRouterBackend(HostNetworkOptions options, ILogger<LinuxRouterBackend> log, ProcessRunner runner)
    {
        this.options = options;
        this.log = log;
        var host = new HostCommands(options, runner);
        links = new RouterLinks(host, new HostBridges(host));
        dnsmasq = new DnsmasqService(runner);
        haproxy = new HaproxyService(runner);
        firewall = new RouterFirewallService(runner);
    }

    public Task StartAsync(StartRouterRequest request, CancellationToken ct) => ApplyAsync(request.Config, starting: true, ct);

    public Task ApplyAsync(RouterConfig config, CancellationToken ct) => ApplyAsync(config, starting: false, ct);

    private async Task ApplyAsync(RouterConfig config, bool starting, CancellationToken ct)
    {
        var gate = locks.GetOrAdd(config.RouterName, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            var paths = new RouterPaths(options.StateDirectory, config.RouterName);
            if (AppliedVersion(paths) is { } applied && config.Version < applied)
            {
                LogIgnored(log, config.RouterName, config.Version, applied);
                return;
            }
            if (!starting && ReadVersion(paths.StoppedAtVersion) is { } stoppedAt && config.Version <= stoppedAt)
            {
                LogIgnoredStopped(log, config.RouterName, config.Version);
                return;
            }
            Directory.CreateDirectory(paths.Directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.Delete(paths.StoppedAtVersion);
            var created = await links.EnsureAsync(config, ct);
            var rulesChanged = await firewall.ApplyAsync(config, paths, created, ct);
            await dnsmasq.ApplyAsync(config, paths, ct);
            await haproxy.ApplyAsync(config, paths, ct);
            await EnsureGuestServicesAsync(config);
            if (config.Vpn is not null)
            {
                LogVpnNotApplied(log, config.RouterName);
            }
            // Kept to restore the router after an agent restart; the VPN's secrets stay out of it.
            StateFiles.WriteIfChanged(paths.AppliedDocument, JsonSerializer.Serialize(config with { Vpn = null }, AgentMessageJson));
            StateFiles.WriteIfChanged(paths.AppliedVersion, config.Version.ToString(CultureInfo.InvariantCulture));
            LogApplied(log, config.RouterName, config.Version, rulesChanged);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task StopAsync(StopRouterRequest request, CancellationToken ct)
    {
        var gate = locks.GetOrAdd(request.RouterName, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            var paths = new RouterPaths(options.StateDirectory, request.RouterName);
            if (guestServices.TryRemove(request.RouterName, out var server))
            {
                await server.DisposeAsync();
            }
            await HaproxyService.StopAsync(paths);
            await DnsmasqService.StopAsync(paths);
            await links.RemoveAsync(request.RouterName, ct);
            var applied = AppliedVersion(paths);
            if (Directory.Exists(paths.Directory))
            {
                Directory.Delete(paths.Directory, recursive: true);
            }
            if (applied is { } version)
            {
                StateFiles.WriteIfChanged(paths.StoppedAtVersion, version.ToString(CultureInfo.InvariantCulture));
            }
            LogStopped(log, request.RouterName);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// After an agent restart: applies again the last document of every router whose namespace
    /// still exists, which restarts what died and the in-process metadata and password services.
    /// </summary>
    /// <returns>The routers restored.</returns>
    public async Task<IReadOnlyList<string>> RestoreAsync(CancellationToken ct)
    {
        var restored = new List<string>();
        var root = Path.Combine(options.StateDirectory, "routers");
        if (!Directory.Exists(root))
        {
            return restored;
        }
        foreach (var dir in Directory.GetDirectories(root))
        {
            var paths = new RouterPaths(options.StateDirectory, Path.GetFileName(dir));
            if (File.Exists(paths.AppliedDocument)
                && JsonSerializer.Deserialize<RouterConfig>(await File.ReadAllTextAsync(paths.AppliedDocument, ct), AgentMessageJson) is { } config
                && HostCommands.NamespaceExists(HostNetworkNames.RouterNamespace(config.RouterName)))
            {
                await ApplyAsync(config, ct);
                restored.Add(config.RouterName);
            }
        }
        return restored;
    }

    /// <summary>The last version applied to a router on this host, or null when none is.</summary>
    public long? AppliedVersion(string routerName) => AppliedVersion(new RouterPaths(options.StateDirectory, routerName));

    /// <summary>Stops the in-process metadata and password services; the routers' namespaces and daemons keep running.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var name in guestServices.Keys.ToList())
        {
            if (guestServices.TryRemove(name, out var server))
            {
                await server.DisposeAsync();
            }
        }
    }

    private static readonly JsonSerializerOptions AgentMessageJson = new(JsonSerializerDefaults.Web);

    private static long? AppliedVersion(RouterPaths paths) => ReadVersion(paths.AppliedVersion);

    private static long? ReadVersion(string file) =>
        File.Exists(file) && long.TryParse(File.ReadAllText(file), CultureInfo.InvariantCulture, out var v) ? v : null;

    private async Task EnsureGuestServicesAsync(RouterConfig config)
    {
        var guests = config.Metadata ?? [];
        var address = config.Guest.RouterIp;
        if (guestServices.TryGetValue(config.RouterName, out var running))
        {
            if (running.Address == address)
            {
                running.Update(guests);
                return;
            }
            guestServices.TryRemove(config.RouterName, out _);
            await running.DisposeAsync();
        }
        if (address is not null)
        {
            guestServices[config.RouterName] = await RouterGuestServices.StartAsync(HostNetworkNames.RouterNamespace(config.RouterName), address, guests);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Router {Router}: document {Version} is older than the applied {Applied}; ignored")]
    private static partial void LogIgnored(ILogger logger, string router, long version, long applied);

    [LoggerMessage(Level = LogLevel.Information, Message = "Router {Router}: document {Version} arrived after the router was stopped; ignored")]
    private static partial void LogIgnoredStopped(ILogger logger, string router, long version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Router {Router}: document {Version} applied (rule set changed: {RulesChanged})")]
    private static partial void LogApplied(ILogger logger, string router, long version, bool rulesChanged);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Router {Router}: remote access VPN not applied: this host's router does not run L2TP/IPsec yet")]
    private static partial void LogVpnNotApplied(ILogger logger, string router);

    [LoggerMessage(Level = LogLevel.Information, Message = "Router {Router} stopped and removed")]
    private static partial void LogStopped(ILogger logger, string router);
}
