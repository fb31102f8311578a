using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SharpStack.Agent.HostProbe;
using SharpStack.Agent.Protocol;
using SharpStack.Agent.Qemu;

namespace SharpStack.Agent.Instances;

/// <summary>
/// Live migration between two agents on shared primary storage. QEMUs only ever migrate over unix
/// sockets in their instance folders (a QEMU inside a network namespace cannot reach another
/// namespace's ports); the agents, in the host's own namespace, relay the stream over TCP:
/// the destination listens on its address at a port derived from the instance name, which the
/// source derives the same way.
/// </summary>
public sealed class Migrations(InstanceManager instances, string listenAddress)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static int PortFor(string instanceName) =>
        49152 + (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(instanceName)), 0) % 16000);

    /// <summary>Destination: a QEMU waiting for the instance's state, and the relay from TCP to it.</summary>
    public async Task PrepareAsync(VmSpec spec, CancellationToken ct)
    {
        var paths = InstancePaths.For(instances.DataDir, spec.InstanceName);
        Directory.CreateDirectory(paths.Directory);
        File.Delete(paths.MigrationIn);
        var listener = new TcpListener(IPAddress.Parse(listenAddress), PortFor(spec.InstanceName));
        try
        {
            listener.Start(1);
        }
        catch (SocketException e)
        {
            throw new HostCommandException($"cannot listen for the migration of {spec.InstanceName} on {listenAddress}:{PortFor(spec.InstanceName)}: {e.Message}");
        }
        try
        {
            await instances.StartAsync(spec, ct, incoming: "unix:" + paths.MigrationIn);
        }
        catch
        {
            listener.Stop();
            throw;
        }
        _ = Task.Run(async () =>
        {
            using var timeout = new CancellationTokenSource(Limit);
            try
            {
                using var source = await listener.AcceptTcpClientAsync(timeout.Token);
                listener.Stop();
                using var qemu = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                await qemu.ConnectAsync(new UnixDomainSocketEndPoint(paths.MigrationIn), timeout.Token);
                await RelayAsync(source.Client, qemu, timeout.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or IOException)
            {
                // The source gave up or never came: the waiting QEMU is stopped by the server's next command or report.
            }
            finally
            {
                listener.Stop();
            }
        }, CancellationToken.None);
    }

    /// <summary>Source: sends the running instance to the destination and, once it runs there, ends the local QEMU.</summary>
    public async Task MigrateAsync(MigrateVmRequest request, CancellationToken ct)
    {
        var instance = instances.Get(request.InstanceName);
        File.Delete(instance.Paths.MigrationOut);
        using var outgoing = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        outgoing.Bind(new UnixDomainSocketEndPoint(instance.Paths.MigrationOut));
        outgoing.Listen(1);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Limit);
        var relay = Task.Run(async () =>
        {
            using var fromQemu = await outgoing.AcceptAsync(timeout.Token);
            using var destination = new TcpClient();
            await destination.ConnectAsync(request.DestinationHostAddress, PortFor(request.InstanceName), timeout.Token);
            await RelayAsync(fromQemu, destination.Client, timeout.Token);
        }, CancellationToken.None);
        try
        {
            await instances.WithInstanceAsync(request.InstanceName, i => i.QmpAsync(async q =>
            {
                await q.ExecuteAsync("migrate", new { uri = "unix:" + instance.Paths.MigrationOut }, timeout.Token);
                while (true)
                {
                    var status = (await q.ExecuteAsync("query-migrate", null, timeout.Token))?["status"]?.GetValue<string>();
                    switch (status)
                    {
                        case "completed":
                            return true;
                        case "failed" or "cancelled":
                            throw new HostCommandException($"the migration of {request.InstanceName} {status}: {Describe(await q.ExecuteAsync("query-migrate", null, timeout.Token))}");
                    }
                    await Task.Delay(50, timeout.Token);
                }
            }, timeout.Token), timeout.Token);
        }
        finally
        {
            File.Delete(instance.Paths.MigrationOut);
        }
        await relay.WaitAsync(TimeSpan.FromSeconds(10), ct);
        await instances.StopAsync(request.InstanceName, force: true, ct);
    }

    private static string Describe(JsonNode? status) => status?["error-desc"]?.GetValue<string>() ?? status?.ToJsonString() ?? "no details";

    private static async Task RelayAsync(Socket a, Socket b, CancellationToken ct)
    {
        await using var left = new NetworkStream(a, ownsSocket: false);
        await using var right = new NetworkStream(b, ownsSocket: false);
        var forward = Pump(left, right, b, ct);
        var backward = Pump(right, left, a, ct);
        await Task.WhenAll(forward, backward);
    }

    /// <summary>Copies until the reader ends, then closes the writer's sending side so the peer sees the end.</summary>
    private static async Task Pump(Stream from, Stream to, Socket toSocket, CancellationToken ct)
    {
        try
        {
            await from.CopyToAsync(to, ct);
        }
        catch (IOException)
        {
        }
        try
        {
            toSocket.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
        }
    }
}
