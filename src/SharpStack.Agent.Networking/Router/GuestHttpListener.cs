using System.Net;
using System.Net.Sockets;
using System.Text;
using SharpStack.Agent.Networking.Host;

namespace SharpStack.Agent.Networking.Router;

/// <summary>A guest's HTTP request as the router's services need it: the path and the headers.</summary>
public sealed record GuestRequest(string GuestAddress, string Path, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// A minimal HTTP/1.0 listener for the router's guest-facing services, hosted in the agent's
/// process: its socket is created inside the router's namespace and bound to the router's guest
/// address; each request is answered by the handler and the connection closed.
/// </summary>
public sealed class GuestHttpListener : IAsyncDisposable
{
    private const int MaxRequestBytes = 8192;
    private readonly Socket listener;
    private readonly Func<GuestRequest, MetadataAnswer> handler;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;

    private GuestHttpListener(Socket listener, Func<GuestRequest, MetadataAnswer> handler)
    {
        this.listener = listener;
        this.handler = handler;
        acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public IPEndPoint Endpoint => (IPEndPoint)listener.LocalEndPoint!;

    public static GuestHttpListener Start(string ns, string address, int port, Func<GuestRequest, MetadataAnswer> handler)
    {
        var socket = NamespaceSockets.Create(ns, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            socket.Bind(new IPEndPoint(IPAddress.Parse(address), port));
            socket.Listen(64);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        return new GuestHttpListener(socket, handler);
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(Socket client)
    {
        using var _ = client;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            var remote = ((IPEndPoint)client.RemoteEndPoint!).Address.MapToIPv4().ToString();
            var request = await ReadRequestAsync(client, remote, timeout.Token);
            var answer = request is null ? new MetadataAnswer(400, "") : handler(request);
            var body = Encoding.UTF8.GetBytes(answer.Body);
            var head = $"HTTP/1.0 {answer.Status} {Reason(answer.Status)}\r\nContent-Type: text/plain\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
            await client.SendAsync(Encoding.ASCII.GetBytes(head), timeout.Token);
            await client.SendAsync(body, timeout.Token);
            client.Shutdown(SocketShutdown.Both);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The guest went away or took too long: nothing to answer.
        }
    }

    /// <returns>A GET request, or null for anything else.</returns>
    private static async Task<GuestRequest?> ReadRequestAsync(Socket client, string remote, CancellationToken ct)
    {
        var buffer = new byte[MaxRequestBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await client.ReceiveAsync(buffer.AsMemory(length), ct);
            if (read == 0)
            {
                break;
            }
            length += read;
            var text = Encoding.ASCII.GetString(buffer, 0, length);
            if (text.Contains("\r\n\r\n", StringComparison.Ordinal) || text.Contains("\n\n", StringComparison.Ordinal))
            {
                break;
            }
        }
        var lines = Encoding.ASCII.GetString(buffer, 0, length).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var requestLine = lines[0].Split(' ');
        if (requestLine.Length < 2 || requestLine[0] != "GET")
        {
            return null;
        }
        var headers = lines.Skip(1).TakeWhile(l => l.Length > 0).Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new GuestRequest(remote, requestLine[1], headers);
    }

    private static string Reason(int status) => status switch { 200 => "OK", 404 => "Not Found", _ => "Bad Request" };

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Dispose();
        await acceptLoop;
        stopping.Dispose();
    }
}
