using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Data;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Volume snapshots (manual and scheduled), volumes from snapshots, reverts, and snapshots of whole instances.</summary>
public abstract class SnapshotFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task A_tenant_snapshots_a_volume_reverts_it_makes_a_volume_from_it_and_deletes_it_within_limits()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 300, 256);
        var (account, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("snap"));
        var vm = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine").Id();
        var root = (await user.CallAsync("listVolumes", ("virtualmachineid", vm))).EnsureOk().Items("volume")[0].Id();

        var created = (await user.CallAsync("createSnapshot", ("volumeid", root), ("name", "before-upgrade"))).EnsureOk();
        var snapshotId = created.Str("id");
        var snapshot = InstanceFlows.JobObject(await user.WaitForJobAsync(created.Str("jobid")), "snapshot");
        Assert.Equal(snapshotId, snapshot.Id());
        Assert.Equal("BackedUp", snapshot.GetProperty("state").GetString());
        Assert.Equal("MANUAL", snapshot.GetProperty("snapshottype").GetString());
        Assert.Equal(root, snapshot.GetProperty("volumeid").GetString());
        Assert.Equal(2L << 30, snapshot.GetProperty("virtualsize").GetInt64());
        Assert.Single((await user.CallAsync("listSnapshots", ("volumeid", root))).EnsureOk().Items("snapshot"));
        var totals = (await Admin.CallAsync("listAccounts", ("id", account.Id()))).EnsureOk().Items("account")[0];
        Assert.Equal(1, totals.GetProperty("snapshottotal").GetInt64());

        var whileRunning = await user.CallAndWaitAsync("revertSnapshot", ("id", snapshotId));
        Assert.Equal(431, whileRunning["jobresultcode"].GetInt32());
        InstanceFlows.JobObject(await user.CallAndWaitAsync("stopVirtualMachine", ("id", vm)), "virtualmachine");
        InstanceFlows.JobObject(await user.CallAndWaitAsync("revertSnapshot", ("id", snapshotId)), "snapshot");

        var fromSnapshot = InstanceFlows.JobObject(await user.CallAndWaitAsync("createVolume", ("snapshotid", snapshotId), ("name", "restored")), "volume");
        Assert.Equal("Ready", fromSnapshot.GetProperty("state").GetString());
        Assert.Equal(2L << 30, fromSnapshot.GetProperty("size").GetInt64());
        Assert.Equal("DATADISK", fromSnapshot.GetProperty("type").GetString());

        var accountName = account.GetProperty("name").GetString()!;
        var domainId = account.GetProperty("domainid").GetString()!;
        (await Admin.CallAsync("updateResourceLimit", ("account", accountName), ("domainid", domainId), ("resourcetype", "3"), ("max", "1"))).EnsureOk();
        Assert.Equal(535, (await user.CallAsync("createSnapshot", ("volumeid", root))).ErrorCode);
        (await user.CallAndWaitAsync("deleteSnapshot", ("id", snapshotId))).EnsureOk();
        Assert.Empty((await user.CallAsync("listSnapshots")).EnsureOk().Items("snapshot"));
        InstanceFlows.JobObject(await user.CallAndWaitAsync("createSnapshot", ("volumeid", root)), "snapshot");
        var recounted = (await Admin.CallAsync("updateResourceCount", ("account", accountName), ("domainid", domainId), ("resourcetype", "3"))).EnsureOk().Items("resourcecount");
        Assert.Equal(1, recounted[0].GetProperty("resourcecount").GetInt64());
        var events = (await user.CallAsync("listEvents", ("pagesize", "200"))).EnsureOk().Items("event").Select(e => e.GetProperty("type").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "SNAPSHOT.CREATE", "SNAPSHOT.REVERT", "SNAPSHOT.DELETE" }, events);

        var allocated = InstanceFlows.JobObject(await user.CallAndWaitAsync("createVolume", ("zoneid", cz.ZoneId),
            ("diskofferingid", (await Admin.CallAsync("listDiskOfferings", ("name", "Small"))).EnsureOk().Items("diskoffering")[0].Id())), "volume");
        Assert.Equal(431, (await user.CallAsync("createSnapshot", ("volumeid", allocated.Id()))).ErrorCode);
    }

    [Fact]
    public async Task Templates_are_made_from_a_stopped_root_disk_or_a_snapshot_and_deploy()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 300, 256);
        var os = (await Admin.CallAsync("listOsTypes", ("description", "Other (64-bit)"))).EnsureOk().Items("ostype")[0].Id();
        var (account, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("mk"));
        var vm = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine").Id();
        var root = (await user.CallAsync("listVolumes", ("virtualmachineid", vm))).EnsureOk().Items("volume")[0].Id();

        Assert.Equal(431, (await user.CallAsync("createTemplate", ("name", "golden"), ("ostypeid", os), ("volumeid", root))).ErrorCode);
        Assert.Equal(531, (await user.CallAsync("createTemplate", ("name", "golden"), ("ostypeid", os), ("volumeid", root), ("isfeatured", "true"))).ErrorCode);
        var snapshot = InstanceFlows.JobObject(await user.CallAndWaitAsync("createSnapshot", ("volumeid", root)), "snapshot").Id();
        var fromSnapshot = InstanceFlows.JobObject(await user.CallAndWaitAsync("createTemplate", ("name", "from-snap"), ("ostypeid", os), ("snapshotid", snapshot)), "template");
        Assert.True(fromSnapshot.GetProperty("isready").GetBoolean());
        Assert.Equal(2L << 30, fromSnapshot.GetProperty("size").GetInt64());

        InstanceFlows.JobObject(await user.CallAndWaitAsync("stopVirtualMachine", ("id", vm)), "virtualmachine");
        var created = (await user.CallAsync("createTemplate", ("name", "golden"), ("ostypeid", os), ("volumeid", root), ("passwordenabled", "true"))).EnsureOk();
        var golden = InstanceFlows.JobObject(await user.WaitForJobAsync(created.Str("jobid")), "template");
        Assert.Equal(created.Str("id"), golden.Id());
        Assert.Equal("Simulator", golden.GetProperty("hypervisor").GetString());
        Assert.Contains(golden.Id(), (await user.CallAsync("listTemplates", ("templatefilter", "self"))).EnsureOk().Items("template").Select(t => t.Id()));

        var clone = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", ("zoneid", cz.ZoneId), ("templateid", golden.Id()), ("serviceofferingid", offering)), "virtualmachine");
        Assert.Equal("Running", clone.GetProperty("state").GetString());
        Assert.Equal(golden.Id(), clone.GetProperty("templateid").GetString());
        Assert.Equal(2L << 30, (await user.CallAsync("listVolumes", ("virtualmachineid", clone.Id()))).EnsureOk().Items("volume")[0].GetProperty("size").GetInt64());
        Assert.Equal(2, (await Admin.CallAsync("listAccounts", ("id", account.Id()))).EnsureOk().Items("account")[0].GetProperty("templatetotal").GetInt64());
    }

    [Fact]
    public async Task A_policy_takes_snapshots_when_due_and_keeps_only_maxsnaps()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 300, 256);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("pol"));
        var vm = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine").Id();
        var root = (await user.CallAsync("listVolumes", ("virtualmachineid", vm))).EnsureOk().Items("volume")[0].Id();

        Assert.Equal(431, (await user.CallAsync("createSnapshotPolicy", ("volumeid", root), ("intervaltype", "HOURLY"), ("schedule", "61"), ("timezone", "UTC"), ("maxsnaps", "2"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createSnapshotPolicy", ("volumeid", root), ("intervaltype", "HOURLY"), ("schedule", "5"), ("timezone", "Nowhere/City"), ("maxsnaps", "2"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createSnapshotPolicy", ("volumeid", root), ("intervaltype", "HOURLY"), ("schedule", "5"), ("timezone", "UTC"), ("maxsnaps", "9"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createSnapshotPolicy", ("volumeid", root), ("intervaltype", "YEARLY"), ("schedule", "5"), ("timezone", "UTC"), ("maxsnaps", "2"))).ErrorCode);
        var policy = (await user.CallAsync("createSnapshotPolicy", ("volumeid", root), ("intervaltype", "HOURLY"), ("schedule", "5"), ("timezone", "Europe/Berlin"), ("maxsnaps", "2"))).EnsureOk()["snapshotpolicy"];
        Assert.Equal(0, policy.GetProperty("intervaltype").GetInt32());
        // Half an hour away from now, so the real schedule never fires while the test forces runs.
        var minute = ((DateTime.UtcNow.Minute + 30) % 60).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var replaced = (await user.CallAsync("createSnapshotPolicy", ("volumeid", root), ("intervaltype", "0"), ("schedule", minute), ("timezone", "UTC"), ("maxsnaps", "2"))).EnsureOk()["snapshotpolicy"];
        Assert.Equal(policy.Id(), replaced.Id());
        Assert.Equal(minute, Assert.Single((await user.CallAsync("listSnapshotPolicies", ("volumeid", root))).EnsureOk().Items("snapshotpolicy")).GetProperty("schedule").GetString());

        (await Admin.CallAsync("updateConfiguration", ("name", "snapshot.poll.interval"), ("value", "1"))).EnsureOk();
        try
        {
            var policyUuid = Guid.Parse(policy.Id());
            for (var run = 1; run <= 3; run++)
            {
                await MakeDueAsync(policyUuid);
                var expected = Math.Min(run, 2);
                await WaitAsync(async () =>
                {
                    var listed = (await user.CallAsync("listSnapshots", ("volumeid", root), ("intervaltype", "HOURLY"))).EnsureOk().Items("snapshot");
                    return await TakenAsync(policyUuid) >= run && listed.Count == expected && listed.All(s => s.GetProperty("state").GetString() == "BackedUp");
                });
            }
            var kept = (await user.CallAsync("listSnapshots", ("volumeid", root))).EnsureOk().Items("snapshot");
            Assert.Equal(2, kept.Count);
            Assert.All(kept, s => Assert.Equal("RECURRING", s.GetProperty("snapshottype").GetString()));
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", "snapshot.poll.interval"))).EnsureOk();
        }
        (await user.CallAsync("deleteSnapshotPolicies", ("id", policy.Id()))).EnsureOk();
        Assert.Empty((await user.CallAsync("listSnapshotPolicies", ("volumeid", root))).EnsureOk().Items("snapshotpolicy"));
    }

    [Fact]
    public async Task Instance_snapshots_form_a_chain_and_revert_as_upstream()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 300, 256);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("vms"));
        var vm = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine").Id();

        var first = InstanceFlows.JobObject(await user.CallAndWaitAsync("createVMSnapshot", ("virtualmachineid", vm), ("name", "one")), "vmsnapshot");
        Assert.Equal("Ready", first.GetProperty("state").GetString());
        Assert.True(first.GetProperty("current").GetBoolean());
        Assert.Equal("Disk", first.GetProperty("type").GetString());
        var second = InstanceFlows.JobObject(await user.CallAndWaitAsync("createVMSnapshot", ("virtualmachineid", vm), ("name", "two"), ("snapshotmemory", "true")), "vmsnapshot");
        Assert.Equal(first.Id(), second.GetProperty("parent").GetString());
        Assert.Equal("DiskAndMemory", second.GetProperty("type").GetString());
        var listed = (await user.CallAsync("listVMSnapshot", ("virtualmachineid", vm))).EnsureOk().Items("vmSnapshot");
        Assert.Equal(2, listed.Count);
        Assert.Single(listed, s => s.GetProperty("current").GetBoolean());

        var diskOnlyWhileRunning = await user.CallAndWaitAsync("revertToVMSnapshot", ("vmsnapshotid", first.Id()));
        Assert.Equal(431, diskOnlyWhileRunning["jobresultcode"].GetInt32());
        var withMemory = InstanceFlows.JobObject(await user.CallAndWaitAsync("revertToVMSnapshot", ("vmsnapshotid", second.Id())), "virtualmachine");
        Assert.Equal("Running", withMemory.GetProperty("state").GetString());

        InstanceFlows.JobObject(await user.CallAndWaitAsync("stopVirtualMachine", ("id", vm)), "virtualmachine");
        Assert.Equal(431, (await user.CallAsync("createVMSnapshot", ("virtualmachineid", vm), ("snapshotmemory", "true"))).ErrorCode);
        var reverted = InstanceFlows.JobObject(await user.CallAndWaitAsync("revertToVMSnapshot", ("vmsnapshotid", first.Id())), "virtualmachine");
        Assert.Equal("Stopped", reverted.GetProperty("state").GetString());
        Assert.True((await user.CallAsync("listVMSnapshot", ("vmsnapshotid", first.Id()))).EnsureOk().Items("vmSnapshot")[0].GetProperty("current").GetBoolean());

        (await user.CallAndWaitAsync("deleteVMSnapshot", ("vmsnapshotid", first.Id()))).EnsureOk();
        var left = Assert.Single((await user.CallAsync("listVMSnapshot", ("virtualmachineid", vm))).EnsureOk().Items("vmSnapshot"));
        Assert.Equal(second.Id(), left.Id());
        Assert.False(left.TryGetProperty("parent", out _));
    }

    private async Task MakeDueAsync(Guid policy)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var past = DateTime.UtcNow.AddMinutes(-1);
        await db.SnapshotPolicies.Where(p => p.Uuid == policy).ExecuteUpdateAsync(s => s.SetProperty(p => p.NextRun, past));
    }

    private async Task<int> TakenAsync(Guid policy)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var id = await db.SnapshotPolicies.Where(p => p.Uuid == policy).Select(p => p.Id).FirstAsync();
        return await db.Snapshots.CountAsync(s => s.PolicyId == id);
    }

    private static async Task WaitAsync(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, "the scheduled snapshot did not come");
            await Task.Delay(200);
        }
    }
}

public sealed class SqliteSnapshotFlows(SqliteServerFixture fixture) : SnapshotFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresSnapshotFlows(PostgresServerFixture fixture) : SnapshotFlows(fixture), IClassFixture<PostgresServerFixture>;
