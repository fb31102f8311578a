using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using SharpStack.Agent.Qemu;

namespace SharpStack.Agent.Tests;

/// <summary>The QMP client against a scripted QMP peer on a unix socket.</summary>
public sealed class QmpClientTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ss-qmp-").FullName;

    private string Socket => Path.Combine(_dir, "qmp.sock");

    /// <summary>Greets, then answers each request with <paramref name="answer"/>, sending an event first.</summary>
    private Task ServeAsync(Func<JsonObject, string> answer)
    {
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(Socket));
        listener.Listen();
        return Task.Run(async () =>
        {
            using var _ = listener;
            using var peer = await listener.AcceptAsync();
            await using var stream = new NetworkStream(peer);
            using var reader = new StreamReader(stream);
            async Task Send(string line) => await stream.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"));
            await Send("""{"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}}, "capabilities": []}}""");
            while (await reader.ReadLineAsync() is { } line)
            {
                var request = JsonNode.Parse(line)!.AsObject();
                await Send("""{"event": "RTC_CHANGE", "data": {"offset": 0}, "timestamp": {"seconds": 1, "microseconds": 2}}""");
                await Send(answer(request).Replace("ID", request["id"]!.ToJsonString(), StringComparison.Ordinal));
            }
        });
    }

    [Fact]
    public async Task Commands_get_their_own_answer_past_events_and_errors_become_exceptions()
    {
        var seen = new List<string>();
        var server = ServeAsync(request =>
        {
            var name = request["execute"]!.GetValue<string>();
            lock (seen)
            {
                seen.Add(name + (request["arguments"] is { } a ? " " + a.ToJsonString() : ""));
            }
            return name switch
            {
                "query-status" => """{"return": {"status": "running", "running": true}, "id": ID}""",
                "device_del" => """{"error": {"class": "DeviceNotFound", "desc": "Device 'disk-9' not found"}, "id": ID}""",
                _ => """{"return": {}, "id": ID}""",
            };
        });
        await using (var qmp = await QmpClient.ConnectAsync(Socket, CancellationToken.None))
        {
            var status = await qmp.ExecuteAsync("query-status", null, CancellationToken.None);
            Assert.Equal("running", status!["status"]!.GetValue<string>());
            var error = await Assert.ThrowsAsync<QmpException>(() => qmp.ExecuteAsync("device_del", new { id = "disk-9" }, CancellationToken.None));
            Assert.Contains("Device 'disk-9' not found", error.Message, StringComparison.Ordinal);
        }
        await server;
        Assert.Equal(["qmp_capabilities", "query-status", """device_del {"id":"disk-9"}"""], seen);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
