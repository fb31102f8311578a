using System.Net.Sockets;
using System.Text.Json;

namespace SharpStack.Agent.Protocol;

/// <summary>
/// The agent side of a connection: dials the management server, registers, pings at the interval
/// the server asks for, answers the server's requests with the given handler, and reconnects with
/// backoff when the connection drops. Shared by sharpstack-agent and the out-of-process simulator.
/// <paramref name="onRegistered"/> runs after each successful registration (sharpstack-agent reports its instances there).
/// </summary>
public sealed class AgentClient(string server, int port, Func<RegisterRequest> register, Func<AgentMessage, CancellationToken, Task<JsonElement>> handle,
    Func<CancellationToken, Task>? onRegistered = null)
{
    private AgentChannel? _channel;

    /// <summary>The host uuid the server gave at the last registration.</summary>
    public string? HostId { get; private set; }

    public bool Connected { get; private set; }

    /// <summary>Set when the server refused the registration (a wrong token): no point in retrying.</summary>
    public string? Refused { get; private set; }

    /// <summary>Sends a request to the server on the current connection; false when there is none or the server refused it.</summary>
    public async Task<bool> TrySendAsync(string name, JsonElement body, CancellationToken ct)
    {
        if (_channel is not { } channel || !Connected)
        {
            return false;
        }
        try
        {
            return (await channel.SendAsync(name, body, TimeSpan.FromSeconds(30), ct)).Ok;
        }
        catch (Exception e) when (e is IOException or TimeoutException or ObjectDisposedException)
        {
            return false;
        }
    }

    public async Task RunAsync(CancellationToken ct)
    {
        var backoff = TimeSpan.FromMilliseconds(200);
        while (!ct.IsCancellationRequested && Refused is null)
        {
            try
            {
                await RunOnceAsync(ct);
                backoff = TimeSpan.FromMilliseconds(200);
            }
            catch (Exception e) when (e is IOException or SocketException or TimeoutException or InvalidDataException or ObjectDisposedException)
            {
                // Connection trouble: retry below.
            }
            Connected = false;
            if (ct.IsCancellationRequested || Refused is not null)
            {
                break;
            }
            // Jitter keeps agents that lost the server together from all coming back at the same instant.
            await Task.Delay(backoff + TimeSpan.FromMilliseconds(Random.Shared.Next(0, (int)backoff.TotalMilliseconds)), ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            backoff = TimeSpan.FromMilliseconds(Math.Min(backoff.TotalMilliseconds * 2, 10_000));
        }
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        using var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync(server, port, ct);
        await using var channel = new AgentChannel(new FrameStream(tcp.GetStream()));
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reader = channel.RunAsync(async request =>
        {
            try
            {
                await channel.ReplyAsync(request, await handle(request, linked.Token), linked.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await channel.FailAsync(request, e.Message, linked.Token);
            }
        }, linked.Token);
        try
        {
            var answer = await channel.SendAsync(AgentProtocol.Commands.Register, AgentProtocol.ToBody(register()), TimeSpan.FromSeconds(30), linked.Token);
            if (!answer.Ok)
            {
                Refused = answer.Error ?? "registration refused";
                return;
            }
            var accepted = AgentProtocol.FromBody<RegisterResponse>(answer.Body);
            HostId = accepted.HostId;
            _channel = channel;
            Connected = true;
            if (onRegistered is not null)
            {
                _ = Task.Run(() => onRegistered(linked.Token), CancellationToken.None);
            }
            long seq = 0;
            var interval = TimeSpan.FromSeconds(Math.Max(1, accepted.PingIntervalSeconds));
            // The first ping lands at a random point of the interval, so many agents do not ping in lockstep.
            var next = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * interval.TotalMilliseconds);
            while (!linked.Token.IsCancellationRequested && !reader.IsCompleted)
            {
                var wait = Task.Delay(next, linked.Token);
                next = interval;
                if (await Task.WhenAny(wait, reader) == reader)
                {
                    break;
                }
                var pong = await channel.SendAsync(AgentProtocol.Commands.Ping, AgentProtocol.ToBody(new PingRequest(++seq)), TimeSpan.FromSeconds(30), linked.Token);
                if (!pong.Ok)
                {
                    break;
                }
            }
        }
        finally
        {
            _channel = null;
            await linked.CancelAsync();
            try
            {
                await reader;
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or InvalidDataException)
            {
            }
        }
    }
}
