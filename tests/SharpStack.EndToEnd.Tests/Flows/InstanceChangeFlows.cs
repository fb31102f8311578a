using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Changing instances: names and details, offerings (stopped and scaled while running), passwords, SSH keys, a fresh root disk.</summary>
public abstract class InstanceChangeFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task Instances_are_renamed_rescaled_rekeyed_and_restored()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 2);
        var small = await ComputeZone.OfferingAsync(Admin, 1, 500, 512);
        var large = await ComputeZone.OfferingAsync(Admin, 2, 500, 1024);
        var (account, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("chg"));
        var deployed = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(small, ("name", "app"))), "virtualmachine");
        var vm = deployed.Id();
        Assert.False(string.IsNullOrEmpty(deployed.GetProperty("password").GetString()));
        Assert.False((await user.CallAsync("listVirtualMachines", ("id", vm))).Body.Contains("\"password\"", StringComparison.Ordinal));

        var renamed = (await user.CallAsync("updateVirtualMachine", ("id", vm), ("displayname", "Application"), ("group", "web"), ("details[0].key", "k"), ("details[0].value", "v"))).EnsureOk()["virtualmachine"];
        Assert.Equal("Application", renamed.GetProperty("displayname").GetString());
        Assert.Equal("web", renamed.GetProperty("group").GetString());
        var group = Assert.Single((await user.CallAsync("listInstanceGroups", ("name", "web"))).EnsureOk().Items("instancegroup"));
        Assert.Equal(group.Id(), renamed.GetProperty("groupid").GetString());
        Assert.Single((await user.CallAsync("listVirtualMachines", ("groupid", group.Id()))).EnsureOk().Items("virtualmachine"));
        Assert.Equal(431, (await user.CallAsync("createInstanceGroup", ("name", "web"))).ErrorCode);
        (await user.CallAsync("updateInstanceGroup", ("id", group.Id()), ("name", "frontend"))).EnsureOk();
        Assert.Equal("frontend", (await user.CallAsync("listVirtualMachines", ("id", vm))).EnsureOk().Items("virtualmachine")[0].GetProperty("group").GetString());
        var spare = (await user.CallAsync("createInstanceGroup", ("name", "spare"))).EnsureOk()["instancegroup"].Id();
        (await user.CallAsync("deleteInstanceGroup", ("id", group.Id()))).EnsureOk();
        Assert.False((await user.CallAsync("listVirtualMachines", ("id", vm))).EnsureOk().Items("virtualmachine")[0].TryGetProperty("group", out _));
        Assert.Single((await user.CallAsync("listInstanceGroups")).EnsureOk().Items("instancegroup"), g => g.Id() == spare);
        Assert.Equal("v", renamed.GetProperty("details").GetProperty("k").GetString());
        Assert.Equal(431, (await user.CallAsync("updateVirtualMachine", ("id", vm), ("name", "renamed"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("changeServiceForVirtualMachine", ("id", vm), ("serviceofferingid", large))).ErrorCode);

        var hostsBefore = (await Admin.CallAsync("findHostsForMigration", ("virtualmachineid", vm))).EnsureOk().Items("host");
        Assert.Single(hostsBefore);
        Assert.True(hostsBefore[0].GetProperty("suitableformigration").GetBoolean());

        var scaled = InstanceFlows.JobObject(await user.CallAndWaitAsync("scaleVirtualMachine", ("id", vm), ("serviceofferingid", large)), "virtualmachine");
        Assert.Equal(2, scaled.GetProperty("cpunumber").GetInt32());
        Assert.Equal("Running", scaled.GetProperty("state").GetString());
        var down = await user.CallAndWaitAsync("scaleVirtualMachine", ("id", vm), ("serviceofferingid", small));
        Assert.Equal(431, down["jobresultcode"].GetInt32());
        var totals = (await Admin.CallAsync("listAccounts", ("id", account.Id()))).EnsureOk().Items("account")[0];
        Assert.Equal(2, totals.GetProperty("cputotal").GetInt64());
        Assert.Equal(1024, totals.GetProperty("memorytotal").GetInt64());

        Assert.Equal(431, (await user.CallAsync("resetPasswordForVirtualMachine", ("id", vm))).ErrorCode);
        InstanceFlows.JobObject(await user.CallAndWaitAsync("stopVirtualMachine", ("id", vm)), "virtualmachine");
        var smaller = (await user.CallAsync("changeServiceForVirtualMachine", ("id", vm), ("serviceofferingid", small))).EnsureOk()["virtualmachine"];
        Assert.Equal(1, smaller.GetProperty("cpunumber").GetInt32());
        (await user.CallAsync("updateVirtualMachine", ("id", vm), ("name", "renamed"))).EnsureOk();

        var reset = InstanceFlows.JobObject(await user.CallAndWaitAsync("resetPasswordForVirtualMachine", ("id", vm)), "virtualmachine");
        Assert.NotEqual(deployed.GetProperty("password").GetString(), reset.GetProperty("password").GetString());

        (await user.CallAsync("createSSHKeyPair", ("name", "k1"))).EnsureOk();
        var keyed = InstanceFlows.JobObject(await user.CallAndWaitAsync("resetSSHKeyForVirtualMachine", ("id", vm), ("keypair", "k1")), "virtualmachine");
        Assert.Equal("k1", keyed.GetProperty("keypairs").GetString());
        Assert.Equal(431, (await user.CallAsync("resetSSHKeyForVirtualMachine", ("id", vm), ("keypair", "nope"))).ErrorCode);

        var rootBefore = (await user.CallAsync("listVolumes", ("virtualmachineid", vm), ("type", "ROOT"))).EnsureOk().Items("volume")[0].Id();
        InstanceFlows.JobObject(await user.CallAndWaitAsync("restoreVirtualMachine", ("virtualmachineid", vm), ("rootdisksize", "3")), "virtualmachine");
        var rootAfter = (await user.CallAsync("listVolumes", ("virtualmachineid", vm), ("type", "ROOT"))).EnsureOk().Items("volume")[0];
        Assert.NotEqual(rootBefore, rootAfter.Id());
        Assert.Equal(3L << 30, rootAfter.GetProperty("size").GetInt64());
        var started = InstanceFlows.JobObject(await user.CallAndWaitAsync("startVirtualMachine", ("id", vm)), "virtualmachine");
        Assert.Equal("renamed", started.GetProperty("name").GetString());
        Assert.Equal(3, (await Admin.CallAsync("listAccounts", ("id", account.Id()))).EnsureOk().Items("account")[0].GetProperty("primarystoragetotal").GetInt64());
    }
}

public sealed class SqliteInstanceChangeFlows(SqliteServerFixture fixture) : InstanceChangeFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresInstanceChangeFlows(PostgresServerFixture fixture) : InstanceChangeFlows(fixture), IClassFixture<PostgresServerFixture>;
