using System.Collections.Concurrent;
using System.Text.Json;

namespace SharpStack.Agent.Protocol;

/// <summary>
/// A duplex request/response channel over one connection, used by both ends: SendAsync waits for
/// the matching response (with a timeout); incoming requests go to the handler given to RunAsync.
/// </summary>
public sealed class AgentChannel(FrameStream frames) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource<AgentMessage>> _pending = new();
    private long _sequence;

    public async Task<AgentMessage> SendAsync(string name, JsonElement body, TimeSpan timeout, CancellationToken ct)
    {
        var seq = Interlocked.Increment(ref _sequence);
        var waiter = new TaskCompletionSource<AgentMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[seq] = waiter;
        try
        {
            await frames.WriteAsync(new AgentMessage { Sequence = seq, Kind = MessageKind.Request, Name = name, Body = body }, ct);
            return await waiter.Task.WaitAsync(timeout, ct);
        }
        finally
        {
            _pending.TryRemove(seq, out _);
        }
    }

    public Task<AgentMessage?> ReadAsync(CancellationToken ct) => frames.ReadAsync(ct);

    public Task ReplyAsync(AgentMessage request, JsonElement body, CancellationToken ct) =>
        frames.WriteAsync(new AgentMessage { Sequence = request.Sequence, Kind = MessageKind.Response, Name = request.Name, Body = body }, ct);

    public Task FailAsync(AgentMessage request, string error, CancellationToken ct) =>
        frames.WriteAsync(new AgentMessage { Sequence = request.Sequence, Kind = MessageKind.Response, Name = request.Name, Body = EmptyBody, Ok = false, Error = error }, ct);

    private static readonly JsonElement EmptyBody = JsonSerializer.SerializeToElement(new { });

    /// <summary>Reads frames until the connection ends: responses complete their waiters, requests go to the handler.</summary>
    public async Task RunAsync(Func<AgentMessage, Task> onRequest, CancellationToken ct)
    {
        try
        {
            while (await frames.ReadAsync(ct) is { } message)
            {
                if (message.Kind == MessageKind.Response)
                {
                    if (_pending.TryRemove(message.Sequence, out var waiter))
                    {
                        waiter.TrySetResult(message);
                    }
                }
                else
                {
                    await onRequest(message);
                }
            }
        }
        finally
        {
            foreach (var waiter in _pending.Values)
            {
                waiter.TrySetException(new IOException("the connection closed before the answer came"));
            }
        }
    }

    public ValueTask DisposeAsync() => frames.DisposeAsync();
}
