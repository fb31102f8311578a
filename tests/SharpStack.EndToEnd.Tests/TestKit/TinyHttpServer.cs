using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>A minimal HTTP/1.1 server on 127.0.0.1 that answers every GET with the same bytes, at once or paced in chunks.</summary>
public sealed class TinyHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly byte[] _payload;
    private readonly CancellationTokenSource _stop = new();
    private readonly TimeSpan _pause;

    /// <param name="pause">When given, the body goes out 16 KB at a time with this pause between chunks.</param>
    public TinyHttpServer(byte[] payload, TimeSpan? pause = null)
    {
        _payload = payload;
        _pause = pause ?? TimeSpan.Zero;
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public string Url(string path) => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}";

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = Task.Run(() => ServeAsync(client));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var buffer = new byte[8192];
                var seen = new StringBuilder();
                while (!seen.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await stream.ReadAsync(buffer, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }
                    seen.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }
                var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: {_payload.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(head, _stop.Token);
                if (_pause == TimeSpan.Zero)
                {
                    await stream.WriteAsync(_payload, _stop.Token);
                    return;
                }
                for (var offset = 0; offset < _payload.Length; offset += 16 * 1024)
                {
                    await stream.WriteAsync(_payload.AsMemory(offset, Math.Min(16 * 1024, _payload.Length - offset)), _stop.Token);
                    await Task.Delay(_pause, _stop.Token);
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
            {
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
