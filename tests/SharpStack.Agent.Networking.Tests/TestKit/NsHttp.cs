using System.Net;
using System.Net.Sockets;
using System.Text;
using SharpStack.Agent.Networking.Host;

namespace SharpStack.Agent.Networking.Tests.TestKit;

/// <summary>HTTP GETs and TCP listeners inside a test namespace, through sockets created there.</summary>
public static class NsHttp
{
    /// <returns>The response body of a 200, "HTTP {status}" otherwise, or null when nothing answered in time.</returns>
    public static async Task<string?> GetAsync(string ns, string address, int port, string path = "/", string? sourceAddress = null, int timeoutMs = 1000,
        string? header = null)
    {
        using var socket = NamespaceSockets.Create(ns, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(timeoutMs);
        try
        {
            if (sourceAddress is not null)
            {
                socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)15 /* IP_FREEBIND */, true);
                socket.Bind(new IPEndPoint(IPAddress.Parse(sourceAddress), 0));
            }
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(address), port), timeout.Token);
            await socket.SendAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.0\r\nHost: {address}\r\n{(header is null ? "" : header + "\r\n")}\r\n"), timeout.Token);
            var response = new MemoryStream();
            var buffer = new byte[4096];
            int read;
            while ((read = await socket.ReceiveAsync(buffer, timeout.Token)) > 0)
            {
                response.Write(buffer, 0, read);
            }
            var text = Encoding.UTF8.GetString(response.ToArray());
            var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var status = text.Split(' ').ElementAtOrDefault(1);
            if (status != "200")
            {
                return $"HTTP {status}";
            }
            return split < 0 ? "" : text[(split + 4)..].Trim();
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException)
        {
            return null;
        }
    }

    /// <summary>Listens once in a namespace and reports the address the first connection came from.</summary>
    public static async Task<string?> AcceptOneAsync(Socket listener, int timeoutMs)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        try
        {
            using var client = await listener.AcceptAsync(timeout.Token);
            return ((IPEndPoint)client.RemoteEndPoint!).Address.ToString();
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public static Socket Listen(string ns, string address, int port)
    {
        var socket = NamespaceSockets.Create(ns, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Parse(address), port));
        socket.Listen(8);
        return socket;
    }

    public static async Task<bool> ConnectAsync(string ns, string address, int port, int timeoutMs = 1000)
    {
        using var socket = NamespaceSockets.Create(ns, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(timeoutMs);
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(address), port), timeout.Token);
            return true;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException)
        {
            return false;
        }
    }
}
