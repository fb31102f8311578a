using System.Text.Json;
using SharpStack.EndToEnd.Tests.TestKit;
using static SharpStack.EndToEnd.Tests.TestKit.ImageKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>
/// A real KVM host: sharpstack-agent on this machine registers with the cluster's token, the test
/// template (served from loopback) lands in a file image store, an instance boots under QEMU,
/// stops, starts, reboots and sees a hot-plugged volume; the agent is killed (host Alert then
/// Down, the guest keeps running) and restarted (nothing duplicated); a guest killed behind the
/// cloud's back is reported Stopped; a second agent joins and the guest migrates to it live; a
/// root disk snapshot is backed up to the image store and reverted. The host side lives in a namespace the test creates.
/// </summary>
public abstract class KvmHostFlows(ServerFixture fixture)
{
    private static readonly TimeSpan Boot = TimeSpan.FromSeconds(90);

    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task An_agent_host_runs_a_real_guest_through_its_life_and_survives_its_own_death()
    {
        var image = await KvmKit.TestImageAsync();
        var dataDir = Directory.CreateTempSubdirectory("ss-kvm-").FullName;
        var ns = await TestNamespace.CreateAsync();
        var secondNs = await TestNamespace.CreateAsync();
        AgentProcess? agent = null;
        AgentProcess? second = null;
        try
        {
            (await Admin.CallAsync("updateConfiguration", ("name", "ping.interval"), ("value", "1"))).EnsureOk();
            (await Admin.CallAsync("updateConfiguration", ("name", "ping.timeout"), ("value", "8"))).EnsureOk();
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites), ("value", "127.0.0.1/32"))).EnsureOk();
            var zone = await TestZone.CreateAsync(Admin);
            var cluster = (await Admin.CallAsync("addCluster", ("zoneid", zone.ZoneId), ("podid", zone.PodId), ("clustername", "kvm"),
                ("hypervisor", "KVM"), ("clustertype", "CloudManaged"))).EnsureOk().Items("cluster")[0];
            (await Admin.CallAsync("createStoragePool", ("zoneid", zone.ZoneId), ("podid", zone.PodId), ("clusterid", cluster.Id()), ("name", "local"),
                ("url", "file://" + Path.Combine(dataDir, "pool")), ("capacitybytes", Arg(20L << 30)))).EnsureOk();
            (await Admin.CallAsync("addImageStore", ("provider", "NFS"), ("zoneid", zone.ZoneId), ("name", "sec"), ("url", "file://" + Path.Combine(dataDir, "images")))).EnsureOk();
            (await Admin.CallAsync("updateZone", ("id", zone.ZoneId), ("allocationstate", "Enabled"))).EnsureOk();

            // The host joins by its agent registering with the cluster's token.
            var port = await fixture.Server.AgentPortAsync();
            var token = cluster.GetProperty("registrationtoken").GetString()!;
            agent = AgentProcess.Start(port, token, Path.Combine(dataDir, "agent"), ns.Name, "kvm-e2e");
            var host = await WaitHostAsync(cluster.Id(), "kvm-e2e", "Up", agent);
            Assert.Equal("KVM", host.GetProperty("hypervisor").GetString());
            Assert.Contains("accel=tcg", host.GetProperty("capabilities").GetString(), StringComparison.Ordinal);

            using var http = new TinyHttpServer(await File.ReadAllBytesAsync(image));
            var template = Assert.Single((await Admin.CallAsync("registerTemplate", ("name", Tenants.Unique("guest")), ("displaytext", "test guest"),
                ("url", http.Url("/guest.qcow2")), ("zoneid", zone.ZoneId), ("format", "QCOW2"), ("hypervisor", "KVM"),
                ("ostypeid", await OsTypeAsync(Admin, "Debian GNU/Linux 12 (64-bit)")), ("ispublic", "true"))).EnsureOk().Items("template")).Id();
            await WaitTemplateAsync(Admin, template, IsReady);
            var l2 = (await Admin.CallAsync("listNetworkOfferings", ("name", "DefaultL2NetworkOffering"))).EnsureOk().Items("networkoffering")[0].Id();
            var network = (await Admin.CallAsync("createNetwork", ("zoneid", zone.ZoneId), ("networkofferingid", l2), ("name", "l2"), ("displaytext", "l2"))).EnsureOk()["network"].Id();
            var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 128);

            var vm = JobObject(await Admin.CallAndWaitAsync("deployVirtualMachine", ("zoneid", zone.ZoneId), ("templateid", template),
                ("serviceofferingid", offering), ("networkids", network)), "virtualmachine");
            Assert.Equal("Running", vm.GetProperty("state").GetString());
            var serial = Path.Combine(dataDir, "agent", "instances", vm.GetProperty("instancename").GetString()!, "serial.log");
            await KvmKit.WaitForTextAsync(serial, "guest-ready", Boot);

            JobObject(await Admin.CallAndWaitAsync("stopVirtualMachine", ("id", vm.Id())), "virtualmachine");
            Assert.Contains("guest-poweroff", await File.ReadAllTextAsync(serial), StringComparison.Ordinal);
            Assert.Empty(KvmKit.QemuProcesses(dataDir));
            // A snapshot of the stopped root disk (it has counted one boot), backed up to the image store.
            var rootVolume = Assert.Single((await Admin.CallAsync("listVolumes", ("virtualmachineid", vm.Id()), ("type", "ROOT"))).EnsureOk().Items("volume")).Id();
            var snapshot = JobObject(await Admin.CallAndWaitAsync("createSnapshot", ("volumeid", rootVolume)), "snapshot");
            Assert.Equal("BackedUp", snapshot.GetProperty("state").GetString());
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(dataDir, "images", "snapshots"), "*", SearchOption.AllDirectories));
            JobObject(await Admin.CallAndWaitAsync("startVirtualMachine", ("id", vm.Id())), "virtualmachine");
            await KvmKit.WaitForTextAsync(serial, "guest-ready", Boot, occurrences: 2);
            JobObject(await Admin.CallAndWaitAsync("rebootVirtualMachine", ("id", vm.Id())), "virtualmachine");
            Assert.Contains("boots=3", await KvmKit.WaitForTextAsync(serial, "guest-ready", Boot, occurrences: 3), StringComparison.Ordinal);

            var diskOffering = (await Admin.CallAsync("listDiskOfferings")).EnsureOk().Items("diskoffering").First(d => d.GetProperty("disksize").GetInt64() > 0).Id();
            var volume = (await Admin.CallAndWaitAsync("createVolume", ("name", "data"), ("zoneid", zone.ZoneId), ("diskofferingid", diskOffering))).EnsureOk();
            JobObject(await Admin.CallAndWaitAsync("attachVolume", ("id", JobObject(volume, "volume").Id()), ("virtualmachineid", vm.Id())), "volume");
            await KvmKit.WaitForTextAsync(serial, "disk-seen vdb", TimeSpan.FromSeconds(30));

            // The agent dies: the host goes Alert then Down, the guest keeps running.
            var qemu = Assert.Single(KvmKit.QemuProcesses(dataDir));
            agent.Kill();
            await WaitHostAsync(cluster.Id(), "kvm-e2e", "Alert", agent);
            await WaitHostAsync(cluster.Id(), "kvm-e2e", "Down", agent);
            Assert.Equal([qemu], KvmKit.QemuProcesses(dataDir));

            // It comes back: same host, the guest found again, nothing duplicated.
            agent.Dispose();
            agent = AgentProcess.Start(port, token, Path.Combine(dataDir, "agent"), ns.Name, "kvm-e2e");
            await WaitHostAsync(cluster.Id(), "kvm-e2e", "Up", agent);
            await WaitAsync(() => agent.Output.Contains("reporting 1 running instance", StringComparison.Ordinal), "the restarted agent reports its instance", agent);
            Assert.Single((await Admin.CallAsync("listHosts", ("clusterid", cluster.Id()))).EnsureOk().Items("host"));
            Assert.Equal([qemu], KvmKit.QemuProcesses(dataDir));
            Assert.Equal("Running", VmState(await Admin.CallAsync("listVirtualMachines", ("id", vm.Id()))));

            // A second host joins the cluster; the guest moves there live and still runs.
            second = AgentProcess.Start(port, token, Path.Combine(dataDir, "agent2"), secondNs.Name, "kvm-e2e-2");
            var secondHost = await WaitHostAsync(cluster.Id(), "kvm-e2e-2", "Up", second);
            var migrated = JobObject(await Admin.CallAndWaitAsync("migrateVirtualMachine", ("virtualmachineid", vm.Id()), ("hostid", secondHost.Id())), "virtualmachine");
            Assert.Equal(secondHost.Id(), migrated.GetProperty("hostid").GetString());
            qemu = Assert.Single(KvmKit.QemuProcesses(Path.Combine(dataDir, "agent2")));
            Assert.Empty(KvmKit.QemuProcesses(Path.Combine(dataDir, "agent") + "/"));
            var movedSerial = Path.Combine(dataDir, "agent2", "instances", vm.GetProperty("instancename").GetString()!, "serial.log");
            JobObject(await Admin.CallAndWaitAsync("rebootVirtualMachine", ("id", vm.Id())), "virtualmachine");
            Assert.Contains("boots=4", await KvmKit.WaitForTextAsync(movedSerial, "guest-ready", Boot), StringComparison.Ordinal);

            // The guest dies behind the cloud's back: the agent reports it and the instance becomes Stopped.
            System.Diagnostics.Process.GetProcessById(qemu).Kill();
            await WaitAsync(async () => VmState(await Admin.CallAsync("listVirtualMachines", ("id", vm.Id()))) == "Stopped", "the instance is reconciled to Stopped", second);
            var events = (await Admin.CallAsync("listEvents", ("type", "VM.STOP"), ("pagesize", "-1"))).EnsureOk().Items("event");
            Assert.Contains(events, e => e.GetProperty("description").GetString()!.Contains("reported powered off", StringComparison.Ordinal));

            // Reverted to the snapshot, the disk counts its second boot again.
            (await Admin.CallAndWaitAsync("revertSnapshot", ("id", snapshot.Id()))).EnsureOk();
            var restarted = JobObject(await Admin.CallAndWaitAsync("startVirtualMachine", ("id", vm.Id())), "virtualmachine");
            var restartedSerial = restarted.GetProperty("hostid").GetString() == secondHost.Id() ? movedSerial : serial;
            var afterRevert = await KvmKit.WaitForTextAsync(restartedSerial, "guest-ready", Boot, occurrences: restartedSerial == movedSerial ? 2 : 4);
            Assert.EndsWith("boots=2", afterRevert.Split('\n').Last(l => l.StartsWith("boots=", StringComparison.Ordinal)).Trim(), StringComparison.Ordinal);
            (await Admin.CallAndWaitAsync("deleteSnapshot", ("id", snapshot.Id()))).EnsureOk();
            Assert.Empty(Directory.GetFiles(Path.Combine(dataDir, "images", "snapshots"), "*", SearchOption.AllDirectories));

            (await Admin.CallAndWaitAsync("destroyVirtualMachine", ("id", vm.Id()), ("expunge", "true"))).EnsureOk();
        }
        finally
        {
            agent?.Dispose();
            second?.Dispose();
            foreach (var pid in KvmKit.QemuProcesses(dataDir))
            {
                System.Diagnostics.Process.GetProcessById(pid).Kill();
            }
            await ns.DisposeAsync();
            await secondNs.DisposeAsync();
            Directory.Delete(dataDir, recursive: true);
        }
        await KvmKit.AssertNothingLeftAsync(dataDir, ns.Name);
        await KvmKit.AssertNothingLeftAsync(dataDir, secondNs.Name);
    }

    private static string VmState(ApiReply reply) => Assert.Single(reply.EnsureOk().Items("virtualmachine")).GetProperty("state").GetString()!;

    private async Task<JsonElement> WaitHostAsync(string clusterId, string name, string state, AgentProcess agent)
    {
        JsonElement found = default;
        await WaitAsync(async () =>
        {
            var hosts = (await Admin.CallAsync("listHosts", ("clusterid", clusterId))).EnsureOk().Items("host");
            found = hosts.FirstOrDefault(h => h.GetProperty("name").GetString() == name && h.GetProperty("state").GetString() == state);
            return found.ValueKind == JsonValueKind.Object;
        }, $"the KVM host {name} is {state}", agent);
        return found;
    }

    private static Task WaitAsync(Func<bool> condition, string what, AgentProcess agent) => WaitAsync(() => Task.FromResult(condition()), what, agent);

    private static async Task WaitAsync(Func<Task<bool>> condition, string what, AgentProcess agent)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {what}; agent said: {agent.Output}");
            await Task.Delay(200);
        }
    }
}

public sealed class SqliteKvmHostFlows(SqliteServerFixture fixture) : KvmHostFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresKvmHostFlows(PostgresServerFixture fixture) : KvmHostFlows(fixture), IClassFixture<PostgresServerFixture>;
