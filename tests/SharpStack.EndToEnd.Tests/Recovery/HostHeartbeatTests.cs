using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Recovery;

/// <summary>A simulated agent that stops pinging: its host goes Alert, then Down, with alerts; when it pings again it is Up.</summary>
public sealed class HostHeartbeatTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private async Task<string> StateAsync(string hostId) =>
        (await fixture.Admin.CallAsync("listHosts", ("id", hostId))).EnsureOk().Items("host")[0].GetProperty("state").GetString()!;

    private async Task WaitForStateAsync(string hostId, string state, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        string current;
        while ((current = await StateAsync(hostId)) != state)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"host {hostId} is still {current}, expected {state} within {seconds}s");
            }
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task Silent_agent_goes_alert_then_down_and_comes_back_up()
    {
        var admin = fixture.Admin;
        (await admin.CallAsync("updateConfiguration", ("name", "ping.interval"), ("value", "1"))).EnsureOk();
        // A few seconds of grace, so a busy machine that runs the simulator's pings late does not
        // take the healthy host down too.
        (await admin.CallAsync("updateConfiguration", ("name", "ping.timeout"), ("value", "4"))).EnsureOk();
        var zone = await TestZone.CreateAsync(admin);
        var host = await zone.AddHostAsync(admin);
        var other = await zone.AddHostAsync(admin);
        var mock = (await admin.CallAsync("configureSimulator", ("hostid", host.Id()), ("name", "PingCommand"), ("value", "result:fail"))).EnsureOk()["simulatormock"];

        await WaitForStateAsync(host.Id(), "Down");
        await WaitForStateAsync(other.Id(), "Up", seconds: 10);
        // Each step raised an alert, so the way through Alert shows even when a busy machine checks rarely.
        var alerts = (await admin.CallAsync("listAlerts", ("type", "7"), ("keyword", host.GetProperty("name").GetString()!))).EnsureOk().Items("alert")
            .Select(a => a.GetProperty("description").GetString()!)
            .Where(d => d.Contains(host.GetProperty("name").GetString()!, StringComparison.Ordinal)).ToList();
        Assert.Contains(alerts, d => d.Contains(" is Alert", StringComparison.Ordinal));
        Assert.Contains(alerts, d => d.Contains(" is Down", StringComparison.Ordinal));
        Assert.Equal(8 * 2400, (await admin.CallAsync("listCapacity", ("zoneid", zone.ZoneId), ("type", "1"))).EnsureOk().Items("capacity").Sum(c => c.GetProperty("capacitytotal").GetInt64()));

        var reconnect = await admin.CallAndWaitAsync("reconnectHost", ("id", host.Id()));
        Assert.Equal(2, reconnect["jobstatus"].GetInt32());
        Assert.Equal(534, reconnect["jobresultcode"].GetInt32());

        (await admin.CallAsync("cleanupSimulatorMock", ("id", mock.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)))).EnsureOk();
        await WaitForStateAsync(host.Id(), "Up");
        var reconnected = await admin.CallAndWaitAsync("reconnectHost", ("id", host.Id()));
        Assert.Equal(1, reconnected["jobstatus"].GetInt32());
        (await admin.CallAsync("archiveAlerts", ("type", "7"))).EnsureOk();
        Assert.Empty((await admin.CallAsync("listAlerts", ("type", "7"))).EnsureOk().Items("alert"));
    }
}
