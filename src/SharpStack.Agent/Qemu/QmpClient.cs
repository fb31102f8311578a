using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SharpStack.Agent.Qemu;

/// <summary>
/// One QMP session over a QEMU's unix socket: reads the greeting, negotiates capabilities, then
/// runs commands one at a time, skipping the asynchronous events QEMU sends in between.
/// </summary>
public sealed class QmpClient : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly StreamReader _reader;
    private readonly Stream _stream;
    private long _id;

    private QmpClient(Socket socket)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: false);
        _reader = new StreamReader(_stream, Encoding.UTF8);
    }

    public static async Task<QmpClient> ConnectAsync(string socketPath, CancellationToken ct)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), ct);
            var client = new QmpClient(socket);
            var greeting = await client.ReadMessageAsync(ct);
            if (!greeting.ContainsKey("QMP"))
            {
                throw new QmpException("the socket did not greet with QMP");
            }
            await client.ExecuteAsync("qmp_capabilities", null, ct);
            return client;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Runs a command and gives its "return" value; a QMP error becomes a <see cref="QmpException"/>.</summary>
    public async Task<JsonNode?> ExecuteAsync(string command, object? arguments, CancellationToken ct)
    {
        var id = ++_id;
        var request = new JsonObject { ["execute"] = command, ["id"] = id };
        if (arguments is not null)
        {
            request["arguments"] = JsonSerializer.SerializeToNode(arguments);
        }
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToJsonString() + "\n"), ct);
        while (true)
        {
            var message = await ReadMessageAsync(ct);
            if (message.ContainsKey("event") || message["id"]?.GetValue<long>() != id)
            {
                continue;
            }
            if (message["error"] is JsonObject error)
            {
                throw new QmpException($"{command}: {error["desc"]?.GetValue<string>() ?? error.ToJsonString()}");
            }
            return message["return"];
        }
    }

    private async Task<JsonObject> ReadMessageAsync(CancellationToken ct)
    {
        var line = await _reader.ReadLineAsync(ct) ?? throw new QmpException("QEMU closed its QMP socket");
        return JsonNode.Parse(line) as JsonObject ?? throw new QmpException($"unexpected QMP message {line}");
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        await _stream.DisposeAsync();
        _socket.Dispose();
    }
}

public sealed class QmpException(string message) : Exception(message);
