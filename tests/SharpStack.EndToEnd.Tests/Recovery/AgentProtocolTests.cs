using System.Diagnostics;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Recovery;

/// <summary>Simulated hosts in another process connect over the real agent protocol, as real hosts do.</summary>
public sealed class AgentProtocolTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private async Task<(TestZone Zone, string Token, int Port)> ZoneAsync()
    {
        var zone = await TestZone.CreateAsync(fixture.Admin);
        var token = (await fixture.Admin.CallAsync("listZones", ("id", zone.ZoneId))).EnsureOk().Items("zone")[0].GetProperty("zonetoken").GetString()!;
        return (zone, token, await fixture.Server.AgentPortAsync());
    }

    private async Task<int> CountAsync(string clusterId, string state)
    {
        var reply = await fixture.Admin.CallAsync("listHosts", ("clusterid", clusterId), ("state", state), ("pagesize", "1"));
        return reply.EnsureOk().Count;
    }

    private async Task WaitAsync(Func<Task<bool>> condition, int seconds, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not happen within {seconds} s");
            }
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task A_thousand_simulated_hosts_register_from_another_process()
    {
        var (zone, token, port) = await ZoneAsync();
        var clock = Stopwatch.StartNew();
        using var simulator = SimulatorProcess.Start(port, token, zone.ClusterId, 1000, "bulk");
        await WaitAsync(async () => await CountAsync(zone.ClusterId, "Up") == 1000, 180, "1000 hosts Up");
        var first = (await fixture.Admin.CallAsync("listHosts", ("clusterid", zone.ClusterId), ("name", "bulk-1"))).EnsureOk().Items("host").Single();
        Assert.Equal("Simulator", first.GetProperty("hypervisor").GetString());
        var cpu = (await fixture.Admin.CallAsync("listCapacity", ("zoneid", zone.ZoneId), ("type", "19"))).EnsureOk();
        Assert.True(cpu.Items("capacity").Single().GetProperty("capacitytotal").GetInt64() == 8000, cpu.Body);
        Assert.False(simulator.HasExited, simulator.Output);
        Console.WriteLine($"1000 hosts registered in {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task Agent_that_dies_leaves_its_host_alert_then_down_and_reconnecting_brings_it_back()
    {
        var admin = fixture.Admin;
        (await admin.CallAsync("updateConfiguration", ("name", "ping.interval"), ("value", "1"))).EnsureOk();
        (await admin.CallAsync("updateConfiguration", ("name", "ping.timeout"), ("value", "2"))).EnsureOk();
        try
        {
            var (zone, token, port) = await ZoneAsync();
            string hostId;
            using (var simulator = SimulatorProcess.Start(port, token, zone.ClusterId, 1, "phoenix"))
            {
                await WaitAsync(async () => await CountAsync(zone.ClusterId, "Up") == 1, 60, "the host Up");
                hostId = (await admin.CallAsync("listHosts", ("clusterid", zone.ClusterId))).EnsureOk().Items("host")[0].Id();
                simulator.Kill();
            }
            await WaitAsync(async () => await CountAsync(zone.ClusterId, "Down") == 1, 30, "the host Down");
            var alerts = (await admin.CallAsync("listAlerts", ("type", "7"), ("keyword", "phoenix-1"))).EnsureOk().Items("alert")
                .Select(a => a.GetProperty("description").GetString()!).Where(d => d.Contains("phoenix-1", StringComparison.Ordinal)).ToList();
            Assert.Contains(alerts, d => d.Contains(" is Alert", StringComparison.Ordinal));
            Assert.Contains(alerts, d => d.Contains(" is Down", StringComparison.Ordinal));

            using var again = SimulatorProcess.Start(port, token, zone.ClusterId, 1, "phoenix");
            await WaitAsync(async () => await CountAsync(zone.ClusterId, "Up") == 1, 60, "the host Up again");
            var hosts = (await admin.CallAsync("listHosts", ("clusterid", zone.ClusterId))).EnsureOk().Items("host");
            Assert.Equal(hostId, Assert.Single(hosts).Id());
        }
        finally
        {
            (await admin.CallAsync("updateConfiguration", ("name", "ping.interval"), ("value", "60"))).EnsureOk();
            (await admin.CallAsync("updateConfiguration", ("name", "ping.timeout"), ("value", "2.5"))).EnsureOk();
        }
    }

    [Fact]
    public async Task A_cluster_token_alone_places_the_host_in_its_cluster()
    {
        var (zone, zoneToken, port) = await ZoneAsync();
        var cluster = (await fixture.Admin.CallAsync("listClusters", ("id", zone.ClusterId))).EnsureOk().Items("cluster").Single();
        var clusterToken = cluster.GetProperty("registrationtoken").GetString()!;
        Assert.NotEqual(zoneToken, clusterToken);
        using var simulator = SimulatorProcess.Start(port, clusterToken, null, 2, "tokenized");
        await WaitAsync(async () => await CountAsync(zone.ClusterId, "Up") == 2, 60, "2 hosts Up");
        using var withoutCluster = SimulatorProcess.Start(port, zoneToken, null, 1, "lost");
        Assert.Equal(1, await withoutCluster.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("needs the cluster id", withoutCluster.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_token_is_refused_and_adds_no_host()
    {
        var (zone, _, port) = await ZoneAsync();
        using var simulator = SimulatorProcess.Start(port, "not-the-token", zone.ClusterId, 1, "intruder");
        Assert.Equal(1, await simulator.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("invalid registration token", simulator.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await fixture.Admin.CallAsync("listHosts", ("clusterid", zone.ClusterId))).EnsureOk().Count);
    }
}
