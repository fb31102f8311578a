using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Hosts;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Agents;

/// <summary>
/// Listens for host agents (port 8250 by default). An agent registers with its zone's token and
/// cluster, then pings; its host is Up while pings arrive (the host monitor takes it to Alert and
/// Down when they stop), and commands reach it through <see cref="AgentRegistry"/>.
/// </summary>
public sealed partial class AgentServer(
    AgentServerOptions options,
    AgentRegistry registry,
    PingRecorder pings,
    VmStateReconciler reconciler,
    IServiceScopeFactory scopes,
    SettingsService settings,
    ServerIdentity identity,
    TimeProvider time,
    ILogger<AgentServer> log) : BackgroundService
{
    private readonly TaskCompletionSource<int> _port = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Registrations write to the database; a storm of them must not starve the API's threads.
    private readonly SemaphoreSlim _registrations = new(4, 4);

    /// <summary>The port actually listened on, once listening (useful with port 0).</summary>
    public Task<int> PortAsync => _port.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Port < 0)
        {
            _port.TrySetResult(-1);
            return;
        }
        var listener = new TcpListener(IPAddress.Parse(options.Address), options.Port);
        try
        {
            listener.Start(1024);
        }
        catch (SocketException e)
        {
            LogListenFailed(log, options.Address, options.Port, e);
            _port.TrySetResult(-1);
            return;
        }
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _port.TrySetResult(port);
        LogListening(log, options.Address, port);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stoppingToken);
                _ = Task.Run(() => ServeAsync(client, stoppingToken), CancellationToken.None);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            listener.Stop();
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken ct)
    {
        using var _ = client;
        client.NoDelay = true;
        await using var channel = new AgentChannel(new FrameStream(client.GetStream()));
        long? hostId = null;
        // An agent that does not register within 30 s is dropped.
        using var registrationDeadline = new CancellationTokenSource(TimeSpan.FromSeconds(30), time);
        await using var closeIfSilent = registrationDeadline.Token.Register(() =>
        {
            if (hostId is null)
            {
                client.Close();
            }
        });
        try
        {
            await channel.RunAsync(async request =>
            {
                if (hostId is null)
                {
                    if (request.Name != AgentProtocol.Commands.Register)
                    {
                        await channel.FailAsync(request, "register first", ct);
                        throw new InvalidDataException("request before registration");
                    }
                    await _registrations.WaitAsync(ct);
                    try
                    {
                        hostId = await RegisterAsync(channel, request, ct);
                    }
                    finally
                    {
                        _registrations.Release();
                    }
                    return;
                }
                if (request.Name == AgentProtocol.Commands.Ping)
                {
                    pings.Record(hostId.Value);
                    await channel.ReplyAsync(request, AgentProtocol.ToBody(new PingResponse(time.GetUtcNow().ToUnixTimeMilliseconds())), ct);
                    return;
                }
                if (request.Name == AgentProtocol.Commands.VmStates)
                {
                    try
                    {
                        await reconciler.ReconcileAsync(hostId.Value, AgentProtocol.FromBody<VmStatesReport>(request.Body), ct);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        LogConnectionFailed(log, hostId, e);
                        await channel.FailAsync(request, "the report could not be reconciled", ct);
                        return;
                    }
                    await channel.ReplyAsync(request, AgentProtocol.ToBody(new { }), ct);
                    return;
                }
                await channel.FailAsync(request, $"unknown command {request.Name}", ct);
            }, ct);
        }
        catch (Exception e) when (e is IOException or SocketException or InvalidDataException or OperationCanceledException or System.Text.Json.JsonException)
        {
            LogConnectionEnded(log, hostId, e.Message);
        }
        catch (Exception e)
        {
            LogConnectionFailed(log, hostId, e);
        }
        finally
        {
            if (hostId is { } id)
            {
                registry.Detach(id, channel);
            }
        }
    }

    private async Task<long?> RegisterAsync(AgentChannel channel, AgentMessage request, CancellationToken ct)
    {
        RegisterRequest register;
        try
        {
            register = AgentProtocol.FromBody<RegisterRequest>(request.Body);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException)
        {
            await channel.FailAsync(request, "malformed registration", ct);
            return null;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var (cluster, refusal) = await ValidateAsync(db, register, ct);
        if (cluster is null)
        {
            await channel.FailAsync(request, refusal!, ct);
            LogRefused(log, register.HostName, refusal!);
            return null;
        }
        var now = time.GetUtcNow().UtcDateTime;
        var host = await HostRegistrar.RegisterAsync(db, cluster,
            new HostReport(register.HostName, register.IpAddress, $"agent://{register.AgentId}", register.CpuSockets, register.CpuNumber, register.CpuSpeedMhz,
                register.MemoryBytes, register.LocalStorageBytes, register.Version, register.Capabilities),
            register.AgentId, identity.Id, ResourceState.Enabled, null, now, ct);
        LogRegistered(log, host.Name, host.IpAddress);
        registry.Attach(host.Id, channel);
        var interval = (int)Math.Max(1, await settings.GetLongAsync(SettingNames.PingInterval, ct));
        await channel.ReplyAsync(request, AgentProtocol.ToBody(new RegisterResponse(host.Uuid.ToString(), interval)), ct);
        return host.Id;
    }

    private static async Task<(Cluster? Cluster, string? Refusal)> ValidateAsync(CloudDbContext db, RegisterRequest register, CancellationToken ct)
    {
        if (register.ProtocolVersion != AgentProtocol.Version)
        {
            return (null, $"protocol version {register.ProtocolVersion} is not supported; this server speaks {AgentProtocol.Version}");
        }
        if (string.IsNullOrWhiteSpace(register.AgentId) || register.AgentId.Length > 128 || string.IsNullOrWhiteSpace(register.HostName) || register.HostName.Length > 255 ||
            register.CpuNumber < 1 || register.CpuSpeedMhz < 1 || register.MemoryBytes < 1 || register.LocalStorageBytes < 0 || !Ipv4.TryParse(register.IpAddress, out _))
        {
            return (null, "the registration's host facts are incomplete or invalid");
        }
        var cluster = await db.Clusters.AsNoTracking().FirstOrDefaultAsync(c => c.RegistrationToken == register.Token && c.Removed == null, ct);
        if (cluster is null)
        {
            var zone = await db.Zones.AsNoTracking().FirstOrDefaultAsync(z => z.RegistrationToken == register.Token && z.Removed == null, ct);
            if (zone is null)
            {
                return (null, "invalid registration token");
            }
            if (!Guid.TryParse(register.ClusterId, out var clusterUuid))
            {
                return (null, "a zone token needs the cluster id the host joins");
            }
            cluster = await db.Clusters.AsNoTracking().FirstOrDefaultAsync(c => c.Uuid == clusterUuid && c.ZoneId == zone.Id && c.Removed == null, ct);
            if (cluster is null)
            {
                return (null, "no such cluster in the token's zone");
            }
        }
        else if (register.ClusterId is not null && !string.Equals(register.ClusterId, cluster.Uuid.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            return (null, "the cluster token belongs to another cluster");
        }
        if (!string.Equals(cluster.Hypervisor.ToString(), register.Hypervisor, StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"cluster {cluster.Name} is a {cluster.Hypervisor} cluster, not {register.Hypervisor}");
        }
        return (cluster, null);
    }

    [LoggerMessage(7001, LogLevel.Error, "Cannot listen for agents on {Address}:{Port}")]
    private static partial void LogListenFailed(ILogger logger, string address, int port, Exception e);

    [LoggerMessage(7002, LogLevel.Information, "Listening for host agents on {Address}:{Port}")]
    private static partial void LogListening(ILogger logger, string address, int port);

    [LoggerMessage(7003, LogLevel.Debug, "Agent connection of host {HostId} ended: {Reason}")]
    private static partial void LogConnectionEnded(ILogger logger, long? hostId, string reason);

    [LoggerMessage(7006, LogLevel.Error, "Agent connection of host {HostId} failed")]
    private static partial void LogConnectionFailed(ILogger logger, long? hostId, Exception e);

    [LoggerMessage(7005, LogLevel.Information, "Agent of host {Host} ({Address}) registered")]
    private static partial void LogRegistered(ILogger logger, string host, string address);

    [LoggerMessage(7004, LogLevel.Warning, "Refused the registration of {Host}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string host, string reason);
}
