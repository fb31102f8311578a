using System.Net;
using System.Net.Sockets;
using System.Text;
using SharpStack.Agent.Networking.Host;

namespace SharpStack.Agent.Networking.Router;

/// <summary>
/// The router's userdata/metadata HTTP service, hosted in the agent's process: it listens on the
/// router's guest address, port 80, with a socket created inside the router's namespace, and
/// answers each guest from the current document (swapped in by each apply).
/// </summary>
public sealed class MetadataServer : IAsyncDisposable
{
    private const int MaxRequestBytes = 8192;
    private readonly Socket listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;
    private volatile MetadataAnswers answers;

    private MetadataServer(Socket listener, MetadataAnswers answers)
    {
        this.listener = listener;
        this.answers = answers;
        acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public IPEndPoint Endpoint => (IPEndPoint)listener.LocalEndPoint!;

    public static MetadataServer Start(string ns, string address, int port, MetadataAnswers answers)
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
        return new MetadataServer(socket, answers);
    }

    public void Update(MetadataAnswers current) => answers = current;

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
            var request = await ReadRequestAsync(client, timeout.Token);
            var remote = ((IPEndPoint)client.RemoteEndPoint!).Address.MapToIPv4().ToString();
            var answer = request is { } path ? answers.Answer(remote, path) : new MetadataAnswer(400, "");
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

    /// <returns>The path of a GET request, or null for anything else.</returns>
    private static async Task<string?> ReadRequestAsync(Socket client, CancellationToken ct)
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
        var requestLine = Encoding.ASCII.GetString(buffer, 0, length).Split('\n')[0].Trim().Split(' ');
        return requestLine.Length >= 2 && requestLine[0] is "GET" or "HEAD" ? requestLine[1] : null;
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
