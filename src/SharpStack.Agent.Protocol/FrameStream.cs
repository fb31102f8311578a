using System.Buffers.Binary;
using System.Text.Json;

namespace SharpStack.Agent.Protocol;

/// <summary>Reads and writes length-prefixed JSON frames; writes are serialized, reads come from one loop.</summary>
public sealed class FrameStream(Stream stream) : IAsyncDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public async Task WriteAsync(AgentMessage message, CancellationToken ct)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(message, AgentProtocol.Json);
        var frame = new byte[4 + payload.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame, payload.Length);
        payload.CopyTo(frame.AsSpan(4));
        await _writeLock.WaitAsync(ct);
        try
        {
            await stream.WriteAsync(frame, ct);
            await stream.FlushAsync(ct);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The next frame, or null when the peer closed the connection.</summary>
    public async Task<AgentMessage?> ReadAsync(CancellationToken ct)
    {
        var header = new byte[4];
        if (!await ReadExactlyOrEndAsync(header, ct))
        {
            return null;
        }
        var length = BinaryPrimitives.ReadInt32BigEndian(header);
        if (length <= 0 || length > AgentProtocol.MaxFrameBytes)
        {
            throw new InvalidDataException($"frame length {length} is out of range");
        }
        var payload = new byte[length];
        if (!await ReadExactlyOrEndAsync(payload, ct))
        {
            throw new EndOfStreamException("connection closed in the middle of a frame");
        }
        return JsonSerializer.Deserialize<AgentMessage>(payload, AgentProtocol.Json) ?? throw new InvalidDataException("empty frame");
    }

    private async Task<bool> ReadExactlyOrEndAsync(byte[] buffer, CancellationToken ct)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), ct);
            if (n == 0)
            {
                return read == 0 ? false : throw new EndOfStreamException("connection closed in the middle of a frame");
            }
            read += n;
        }
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await stream.DisposeAsync();
        _writeLock.Dispose();
    }
}
