using SharpStack.Agent.Protocol;
using SharpStack.EndToEnd.Tests.TestKit;
using static SharpStack.EndToEnd.Tests.TestKit.ImageKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>
/// The server reconciles an agent's VmStatesReport: an instance it has Running on the host that the
/// host no longer runs becomes Stopped (with an event); one the host runs that the cloud
/// does not place there raises a single alert and is left alone. An agent over the real protocol,
/// no hypervisor needed.
/// </summary>
public abstract class VmStateSyncFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task Reported_states_stop_vanished_instances_and_alert_stray_ones()
    {
        var cz = await ComputeZone.CreateAsync(Admin, 0);
        var token = Assert.Single((await Admin.CallAsync("listClusters", ("id", cz.Zone.ClusterId))).EnsureOk().Items("cluster")).GetProperty("registrationtoken").GetString()!;
        var empty = AgentProtocol.ToBody(new { });
        var agent = new AgentClient("127.0.0.1", await fixture.Server.AgentPortAsync(),
            () => new RegisterRequest(AgentProtocol.Version, token, "sync-" + Tenants.Unique("a"), Tenants.Unique("synchost"), "Simulator", "127.0.0.1",
                1, 8, 2000, 16L << 30, 1L << 40, "4.22.0.0", "hvm"),
            (_, _) => Task.FromResult(empty));
        using var stop = new CancellationTokenSource();
        var run = agent.RunAsync(stop.Token);
        try
        {
            while (!agent.Connected)
            {
                Assert.Null(agent.Refused);
                await Task.Delay(50);
            }
            var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 512);
            var vm = JobObject(await Admin.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine");
            var instance = vm.GetProperty("instancename").GetString()!;
            Assert.Equal(agent.HostId, vm.GetProperty("hostid").GetString());

            // Still running there: nothing changes.
            Assert.True(await agent.TrySendAsync(AgentProtocol.Commands.VmStates,
                AgentProtocol.ToBody(new VmStatesReport([new VmPowerReport(instance, vm.Id(), PowerStates.On)])), CancellationToken.None));
            Assert.Equal("Running", State(await Admin.CallAsync("listVirtualMachines", ("id", vm.Id()))));

            // Gone from the host, plus one the cloud does not know, reported twice.
            var report = AgentProtocol.ToBody(new VmStatesReport([new VmPowerReport("i-9-999-VM", Guid.NewGuid().ToString(), PowerStates.On)]));
            Assert.True(await agent.TrySendAsync(AgentProtocol.Commands.VmStates, report, CancellationToken.None));
            Assert.True(await agent.TrySendAsync(AgentProtocol.Commands.VmStates, report, CancellationToken.None));
            var listed = Assert.Single((await Admin.CallAsync("listVirtualMachines", ("id", vm.Id()))).EnsureOk().Items("virtualmachine"));
            Assert.Equal("Stopped", listed.GetProperty("state").GetString());
            Assert.False(listed.TryGetProperty("hostid", out _));
            var events = (await Admin.CallAsync("listEvents", ("type", "VM.STOP"), ("pagesize", "-1"))).EnsureOk().Items("event");
            Assert.Single(events, e => e.GetProperty("description").GetString()!.Contains($"{vm.GetProperty("displayname").GetString()} is no longer running", StringComparison.Ordinal));
            var alerts = (await Admin.CallAsync("listAlerts", ("pagesize", "-1"))).EnsureOk().Items("alert");
            Assert.Single(alerts, a => a.GetProperty("description").GetString()!.Contains("runs instance i-9-999-VM", StringComparison.Ordinal));

            // The stopped instance starts again normally.
            Assert.Equal("Running", JobObject(await Admin.CallAndWaitAsync("startVirtualMachine", ("id", vm.Id())), "virtualmachine").GetProperty("state").GetString());
            (await Admin.CallAndWaitAsync("destroyVirtualMachine", ("id", vm.Id()), ("expunge", "true"))).EnsureOk();
        }
        finally
        {
            await stop.CancelAsync();
            await run.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static string State(ApiReply reply) => Assert.Single(reply.EnsureOk().Items("virtualmachine")).GetProperty("state").GetString()!;
}

public sealed class SqliteVmStateSyncFlows(SqliteServerFixture fixture) : VmStateSyncFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresVmStateSyncFlows(PostgresServerFixture fixture) : VmStateSyncFlows(fixture), IClassFixture<PostgresServerFixture>;
