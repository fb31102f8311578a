using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Instances on simulated hosts: the whole lifecycle as a tenant and an operator use it.</summary>
public abstract class InstanceFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task A_tenant_deploys_stops_starts_reboots_destroys_and_the_operator_migrates_recovers_and_expunges()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 2);
        var offering = await ComputeZone.OfferingAsync(Admin, 2, 1000, 1024);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("vm"));
        var memoryBefore = await UsedMemoryAsync(cz.ZoneId);

        var submitted = (await user.CallAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "web-1"), ("displayname", "Web one")))).EnsureOk();
        var vmId = submitted.Str("id");
        var deployed = JobObject(await user.WaitForJobAsync(submitted.Str("jobid")), "virtualmachine");
        Assert.Equal(vmId, deployed.Id());
        Assert.Equal("Running", deployed.GetProperty("state").GetString());
        Assert.Equal("web-1", deployed.GetProperty("name").GetString());
        Assert.Equal("Web one", deployed.GetProperty("displayname").GetString());
        Assert.Equal(2, deployed.GetProperty("cpunumber").GetInt32());
        Assert.Equal(1024, deployed.GetProperty("memory").GetInt32());
        Assert.False(deployed.TryGetProperty("hostid", out _));
        var nic = Assert.Single(deployed.GetProperty("nic").EnumerateArray());
        Assert.Equal("10.1.1.2", nic.GetProperty("ipaddress").GetString());
        Assert.Equal("10.1.1.1", nic.GetProperty("gateway").GetString());
        Assert.StartsWith("02:00:", nic.GetProperty("macaddress").GetString(), StringComparison.Ordinal);
        Assert.True(nic.GetProperty("isdefault").GetBoolean());
        Assert.Equal((1024L << 20) + memoryBefore, await UsedMemoryAsync(cz.ZoneId));

        var network = Assert.Single((await user.CallAsync("listNetworks")).EnsureOk().Items("network"));
        Assert.Equal(nic.GetProperty("networkid").GetString(), network.Id());
        Assert.Equal("Implemented", network.GetProperty("state").GetString());
        Assert.Equal("10.1.1.0/24", network.GetProperty("cidr").GetString());
        var root = Assert.Single((await user.CallAsync("listVolumes", ("virtualmachineid", vmId))).EnsureOk().Items("volume"));
        Assert.Equal("ROOT", root.GetProperty("type").GetString());
        Assert.Equal("Ready", root.GetProperty("state").GetString());
        Assert.Equal(2L << 30, root.GetProperty("size").GetInt64());

        var seenByAdmin = Assert.Single((await Admin.CallAsync("listVirtualMachines", ("id", vmId))).EnsureOk().Items("virtualmachine"));
        var firstHost = seenByAdmin.GetProperty("hostid").GetString()!;
        Assert.Contains(firstHost, cz.HostIds);
        Assert.Matches("^i-[0-9]+-[0-9]+-VM$", seenByAdmin.GetProperty("instancename").GetString());

        var stopped = JobObject(await user.CallAndWaitAsync("stopVirtualMachine", ("id", vmId)), "virtualmachine");
        Assert.Equal("Stopped", stopped.GetProperty("state").GetString());
        Assert.Equal(memoryBefore, await UsedMemoryAsync(cz.ZoneId));
        Assert.Equal(431, (await user.CallAsync("rebootVirtualMachine", ("id", vmId))).ErrorCode);

        var started = JobObject(await user.CallAndWaitAsync("startVirtualMachine", ("id", vmId)), "virtualmachine");
        Assert.Equal("Running", started.GetProperty("state").GetString());
        Assert.Equal(431, (await user.CallAsync("startVirtualMachine", ("id", vmId))).ErrorCode);
        JobObject(await user.CallAndWaitAsync("rebootVirtualMachine", ("id", vmId)), "virtualmachine");

        var current = Assert.Single((await Admin.CallAsync("listVirtualMachines", ("id", vmId))).EnsureOk().Items("virtualmachine")).GetProperty("hostid").GetString()!;
        var other = cz.HostIds.Single(h => h != current);
        // Admin-only: a user's session gets upstream's "unknown command" answer.
        Assert.Equal(432, (await user.CallAsync("migrateVirtualMachine", ("virtualmachineid", vmId), ("hostid", other))).Code);
        var migrated = JobObject(await Admin.CallAndWaitAsync("migrateVirtualMachine", ("virtualmachineid", vmId), ("hostid", other)), "virtualmachine");
        Assert.Equal(other, migrated.GetProperty("hostid").GetString());
        Assert.Equal("Running", migrated.GetProperty("state").GetString());
        Assert.Equal((1024L << 20) + memoryBefore, await UsedMemoryAsync(cz.ZoneId));

        var destroyed = JobObject(await user.CallAndWaitAsync("destroyVirtualMachine", ("id", vmId)), "virtualmachine");
        Assert.Equal("Destroyed", destroyed.GetProperty("state").GetString());
        Assert.Equal(memoryBefore, await UsedMemoryAsync(cz.ZoneId));
        Assert.Empty((await user.CallAsync("listVirtualMachines")).EnsureOk().Items("virtualmachine"));
        Assert.Equal(531, (await user.CallAsync("recoverVirtualMachine", ("id", vmId))).ErrorCode);
        Assert.Equal("Stopped", (await Admin.CallAsync("recoverVirtualMachine", ("id", vmId))).EnsureOk()["virtualmachine"].GetProperty("state").GetString());
        Assert.Single((await user.CallAsync("listVirtualMachines")).EnsureOk().Items("virtualmachine"));

        (await Admin.CallAndWaitAsync("destroyVirtualMachine", ("id", vmId), ("expunge", "true"))).EnsureOk();
        Assert.Equal(431, (await Admin.CallAsync("listVirtualMachines", ("id", vmId))).ErrorCode);
        Assert.Empty((await Admin.CallAsync("listVolumes", ("listall", "true"), ("zoneid", cz.ZoneId))).EnsureOk().Items("volume"));

        var events = (await user.CallAsync("listEvents", ("pagesize", "200"))).EnsureOk().Items("event").Select(e => e.GetProperty("type").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "VM.CREATE", "VM.START", "VM.STOP", "VM.REBOOT", "VM.DESTROY" }, events);

        // Every billable change left a usage event, in order.
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SharpStack.Data.CloudDbContext>();
        var uuid = Guid.Parse(vmId);
        var internalId = await db.VirtualMachines.Where(v => v.Uuid == uuid).Select(v => v.Id).FirstAsync();
        var usage = await db.UsageEvents.Where(e => e.ResourceId == internalId && e.Type.StartsWith("VM.")).OrderBy(e => e.Id).Select(e => e.Type).ToListAsync();
        Assert.Equal(["VM.CREATE", "VM.START", "VM.STOP", "VM.START", "VM.STOP", "VM.DESTROY", "VM.CREATE", "VM.DESTROY"], usage);
        var rootId = Guid.Parse(root.Id());
        var rootInternal = await db.Volumes.Where(v => v.Uuid == rootId).Select(v => v.Id).FirstAsync();
        Assert.Equal(["VOLUME.CREATE", "VOLUME.DELETE"], await db.UsageEvents.Where(e => e.ResourceId == rootInternal && e.Type.StartsWith("VOLUME.")).OrderBy(e => e.Id).Select(e => e.Type).ToListAsync());
    }

    [Fact]
    public async Task Bad_deployments_are_refused_with_upstream_codes_and_leave_nothing_behind()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 256);
        var custom = (await Admin.CallAsync("createServiceOffering", ("name", Tenants.Unique("custom")), ("displaytext", "custom"), ("customized", "true"))).EnsureOk()["serviceoffering"].Id();
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("bad"));
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("other"));

        Assert.Equal(431, (await user.CallAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "9starts-with-digit")))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "under_score")))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("deployVirtualMachine", cz.Deploy(custom))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("deployVirtualMachine", cz.Deploy(offering, ("keypair", "nope")))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("deployVirtualMachine", cz.Deploy(offering, ("userdata", "not base64!")))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("deployVirtualMachine", cz.Deploy(offering, ("ipaddress", "10.9.9.9")))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("deployVirtualMachine", ("zoneid", cz.ZoneId), ("templateid", Guid.NewGuid().ToString()), ("serviceofferingid", offering))).ErrorCode);
        Assert.Empty((await user.CallAsync("listVirtualMachines")).EnsureOk().Items("virtualmachine"));
        Assert.Empty((await user.CallAsync("listVolumes")).EnsureOk().Items("volume"));

        var mine = (await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("details[0].cpuNumber", "1")))).EnsureOk()["jobresult"].GetProperty("virtualmachine").Id();
        Assert.Equal(431, (await other.CallAsync("stopVirtualMachine", ("id", mine))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("listVirtualMachines", ("id", mine))).ErrorCode);
        Assert.Empty((await other.CallAsync("listVirtualMachines")).EnsureOk().Items("virtualmachine"));
        var customVm = JobObject(await user.CallAndWaitAsync("deployVirtualMachine",
            cz.Deploy(custom, ("details[0].cpuNumber", "2"), ("details[0].cpuSpeed", "300"), ("details[0].memory", "300"))), "virtualmachine");
        Assert.Equal(2, customVm.GetProperty("cpunumber").GetInt32());
        Assert.Equal(300, customVm.GetProperty("memory").GetInt32());

        // A disabled zone is hidden from tenants, so naming it is the same as naming no zone.
        (await Admin.CallAsync("updateZone", ("id", cz.ZoneId), ("allocationstate", "Disabled"))).EnsureOk();
        Assert.Equal(431, (await user.CallAsync("deployVirtualMachine", cz.Deploy(offering))).ErrorCode);
        Assert.Equal(2, (await user.CallAsync("listVirtualMachines")).EnsureOk().Items("virtualmachine").Count);
    }

    [Fact]
    public async Task A_failing_host_is_skipped_and_a_deployment_that_fits_nowhere_ends_in_Error_with_capacity_released()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 2);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 512);
        (await Admin.CallAsync("configureSimulator", ("zoneid", cz.ZoneId), ("hostid", cz.HostIds[0]), ("name", "StartCommand"), ("value", "result:fail"))).EnsureOk();
        for (var i = 0; i < 3; i++)
        {
            var vm = Assert.Single((await Admin.CallAsync("listVirtualMachines", ("id",
                JobObject(await Admin.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine").Id()))).EnsureOk().Items("virtualmachine"));
            Assert.Equal(cz.HostIds[1], vm.GetProperty("hostid").GetString());
        }
        var memoryBefore = await UsedMemoryAsync(cz.ZoneId);
        (await Admin.CallAsync("configureSimulator", ("zoneid", cz.ZoneId), ("name", "StartCommand"), ("value", "result:fail"))).EnsureOk();
        var failed = await Admin.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering));
        Assert.Equal(2, failed["jobstatus"].GetInt32());
        Assert.Equal(533, failed["jobresultcode"].GetInt32());
        var error = (await Admin.CallAsync("listVirtualMachines", ("zoneid", cz.ZoneId), ("state", "Error"))).EnsureOk().Items("virtualmachine");
        Assert.Single(error);
        Assert.Equal(memoryBefore, await UsedMemoryAsync(cz.ZoneId));
        (await Admin.CallAndWaitAsync("expungeVirtualMachine", ("id", error[0].Id()))).EnsureOk();
        Assert.Empty((await Admin.CallAsync("listVirtualMachines", ("zoneid", cz.ZoneId), ("state", "Error"))).EnsureOk().Items("virtualmachine"));
    }

    [Fact]
    public async Task Destroyed_instances_are_expunged_after_the_expunge_delay()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 300, 256);
        var vm = JobObject(await Admin.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine").Id();
        (await Admin.CallAsync("updateConfiguration", ("name", "expunge.delay"), ("value", "1"))).EnsureOk();
        (await Admin.CallAsync("updateConfiguration", ("name", "expunge.interval"), ("value", "1"))).EnsureOk();
        try
        {
            JobObject(await Admin.CallAndWaitAsync("destroyVirtualMachine", ("id", vm)), "virtualmachine");
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await Admin.CallAsync("listVirtualMachines", ("id", vm))).ErrorCode != 431)
            {
                Assert.True(DateTime.UtcNow < deadline, "the destroyed instance was not expunged");
                await Task.Delay(200);
            }
            Assert.Empty((await Admin.CallAsync("listVolumes", ("zoneid", cz.ZoneId), ("listall", "true"))).EnsureOk().Items("volume"));
            var events = (await Admin.CallAsync("listEvents", ("type", "VM.EXPUNGE"), ("listall", "true"), ("pagesize", "200"))).EnsureOk().Items("event");
            // Its display name is VM-<uuid>, so the system's expunge event names it.
            Assert.Contains(events, e => e.GetProperty("description").GetString()!.Contains(vm, StringComparison.Ordinal));
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", "expunge.delay"))).EnsureOk();
            (await Admin.CallAsync("updateConfiguration", ("name", "expunge.interval"))).EnsureOk();
        }
    }

    [Fact]
    public async Task Maintenance_moves_instances_away_and_deleting_an_account_gives_everything_back()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 2);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 300, 256);
        var (account, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("maint"));
        var memoryBefore = await UsedMemoryAsync(cz.ZoneId);
        var vms = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            vms.Add(JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine").Id());
        }
        async Task<Dictionary<string, string>> Placement() =>
            (await Admin.CallAsync("listVirtualMachines", ("zoneid", cz.ZoneId), ("listall", "true"))).EnsureOk().Items("virtualmachine")
            .ToDictionary(v => v.Id(), v => v.GetProperty("hostid").GetString()!);
        var busiest = (await Placement()).Values.GroupBy(h => h).OrderByDescending(g => g.Count()).First().Key;
        Assert.Equal(431, (await Admin.CallAsync("deleteHost", ("id", busiest))).ErrorCode);

        var host = JobObject(await Admin.CallAndWaitAsync("prepareHostForMaintenance", ("id", busiest)), "host");
        Assert.Equal("Maintenance", host.GetProperty("resourcestate").GetString());
        Assert.All((await Placement()).Values, h => Assert.NotEqual(busiest, h));
        Assert.Equal(3, (await user.CallAsync("listVirtualMachines", ("state", "Running"))).EnsureOk().Items("virtualmachine").Count);

        // The only other host goes into maintenance too: nothing can take its instances.
        var other = cz.HostIds.Single(h => h != busiest);
        var stuck = JobObject(await Admin.CallAndWaitAsync("prepareHostForMaintenance", ("id", other)), "host");
        Assert.Equal("ErrorInMaintenance", stuck.GetProperty("resourcestate").GetString());
        JobObject(await Admin.CallAndWaitAsync("cancelHostMaintenance", ("id", other)), "host");
        JobObject(await Admin.CallAndWaitAsync("cancelHostMaintenance", ("id", busiest)), "host");

        Assert.Equal(536, (await Admin.CallAsync("deleteStoragePool", ("id", cz.PoolId))).ErrorCode);
        (await Admin.CallAndWaitAsync("deleteAccount", ("id", account.Id()))).EnsureOk();
        Assert.Equal(memoryBefore, await UsedMemoryAsync(cz.ZoneId));
        Assert.Empty((await Admin.CallAsync("listVirtualMachines", ("zoneid", cz.ZoneId), ("listall", "true"))).EnsureOk().Items("virtualmachine"));
        Assert.Empty((await Admin.CallAsync("listVolumes", ("zoneid", cz.ZoneId), ("listall", "true"))).EnsureOk().Items("volume"));
        Assert.Empty((await Admin.CallAsync("listNetworks", ("zoneid", cz.ZoneId), ("listall", "true"))).EnsureOk().Items("network"));
        // Its network's router, source NAT address and VLAN are given back too.
        Assert.Empty((await Admin.CallAsync("listRouters", ("zoneid", cz.ZoneId), ("listall", "true"))).EnsureOk().Items("router"));
        Assert.Empty((await Admin.CallAsync("listPublicIpAddresses", ("zoneid", cz.ZoneId), ("allocatedonly", "true"), ("listall", "true"))).EnsureOk().Items("publicipaddress"));
        var vlans = Assert.Single((await Admin.CallAsync("listCapacity", ("zoneid", cz.ZoneId), ("type", "7"))).EnsureOk().Items("capacity"));
        Assert.Equal(0, vlans.GetProperty("capacityused").GetInt64());
    }

    [Fact]
    public async Task A_cluster_past_its_memory_notification_threshold_raises_one_alert()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1, memoryBytes: 4L << 30);
        var zoneName = (await Admin.CallAsync("listZones", ("id", cz.ZoneId))).EnsureOk().Items("zone")[0].GetProperty("name").GetString()!;
        var big = await ComputeZone.OfferingAsync(Admin, 1, 200, 3072);
        string[] settings = ["capacity.check.period", "cluster.memory.allocated.capacity.notificationthreshold"];
        (await Admin.CallAsync("updateConfiguration", ("name", settings[0]), ("value", "1000"))).EnsureOk();
        (await Admin.CallAsync("updateConfiguration", ("name", settings[1]), ("value", "0.5"))).EnsureOk();
        try
        {
            JobObject(await Admin.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(big)), "virtualmachine");
            async Task<List<JsonElement>> MemoryAlerts() =>
                (await Admin.CallAsync("listAlerts", ("type", "0"), ("pagesize", "500"))).EnsureOk().Items("alert")
                    .Where(a => a.GetProperty("description").GetString()!.Contains("Memory", StringComparison.Ordinal) &&
                                a.GetProperty("description").GetString()!.Contains($"availability zone {zoneName}:", StringComparison.Ordinal)).ToList();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await MemoryAlerts()).Count == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "no memory alert came");
                await Task.Delay(300);
            }
            await Task.Delay(2500);
            var alert = Assert.Single(await MemoryAlerts());
            Assert.Contains("75%", alert.GetProperty("description").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            foreach (var name in settings)
            {
                (await Admin.CallAsync("updateConfiguration", ("name", name))).EnsureOk();
            }
        }
    }

    [Theory]
    [InlineData("userdispersing")]
    [InlineData("firstfitleastconsumed")]
    public async Task Dispersing_algorithms_spread_an_accounts_instances_over_hosts(string algorithm)
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 2);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 200, 1024);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("alg"));
        (await Admin.CallAsync("updateConfiguration", ("name", "vm.allocation.algorithm"), ("value", algorithm))).EnsureOk();
        try
        {
            var hosts = new HashSet<string>();
            for (var i = 0; i < 2; i++)
            {
                var vm = JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine").Id();
                hosts.Add((await Admin.CallAsync("listVirtualMachines", ("id", vm))).EnsureOk().Items("virtualmachine")[0].GetProperty("hostid").GetString()!);
            }
            Assert.Equal(2, hosts.Count);
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", "vm.allocation.algorithm"))).EnsureOk();
        }
    }

    private async Task<long> UsedMemoryAsync(string zoneId)
    {
        var capacity = (await Admin.CallAsync("listCapacity", ("zoneid", zoneId), ("type", "0"), ("fetchlatest", "true"))).EnsureOk().Items("capacity");
        return capacity.Sum(c => c.GetProperty("capacityused").GetInt64());
    }

    internal static JsonElement JobObject(ApiReply job, string name)
    {
        Assert.True(job["jobstatus"].GetInt32() == 1, job.Body);
        return job["jobresult"].GetProperty(name);
    }
}

public sealed class SqliteInstanceFlows(SqliteServerFixture fixture) : InstanceFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresInstanceFlows(PostgresServerFixture fixture) : InstanceFlows(fixture), IClassFixture<PostgresServerFixture>;
