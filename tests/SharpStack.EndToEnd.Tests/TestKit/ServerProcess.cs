using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>The management server as a separate OS process, so a test can kill it without warning.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    public string BaseUrl { get; }

    private ServerProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public static async Task<ServerProcess> StartAsync(string dataDir, int port)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "sharpstack-server.dll");
        var baseUrl = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", baseUrl, "--data-dir", dataDir, "--admin-password", CloudServer.AdminPassword, "--agent-port", "-1", "--Logging:LogLevel:Default=Warning" })
        {
            info.ArgumentList.Add(arg);
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the server");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, baseUrl);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"server exited with code {_process.ExitCode}");
            }
            try
            {
                using var reply = await http.GetAsync(new Uri(BaseUrl + "/client/health"));
                if (reply.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("server did not become healthy within 60 s");
    }

    /// <summary>SIGKILL: no shutdown hooks run.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }
        _process.Dispose();
    }
}
