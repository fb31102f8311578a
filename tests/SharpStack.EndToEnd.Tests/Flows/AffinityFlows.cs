using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Affinity groups: anti-affinity spreads instances over hosts (also when deployed at once), affinity keeps them together.</summary>
public abstract class AffinityFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task Anti_affinity_spreads_concurrent_deployments_and_affinity_keeps_instances_together()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 3);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 200, 128);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("aff"));
        var types = (await user.CallAsync("listAffinityGroupTypes")).EnsureOk().Items("affinityGroupType").Select(t => t.GetProperty("type").GetString()).ToList();
        Assert.Contains("host anti-affinity", types);
        Assert.Contains("host affinity", types);

        var apart = InstanceFlows.JobObject(await user.CallAndWaitAsync("createAffinityGroup", ("name", "apart"), ("type", "host anti-affinity")), "affinitygroup").Id();
        var together = InstanceFlows.JobObject(await user.CallAndWaitAsync("createAffinityGroup", ("name", "together"), ("type", "host affinity")), "affinitygroup").Id();
        Assert.Equal(431, (await user.CallAsync("createAffinityGroup", ("name", "apart"), ("type", "host anti-affinity"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createAffinityGroup", ("name", "x"), ("type", "rack affinity"))).ErrorCode);

        var jobs = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
            (await user.CallAsync("deployVirtualMachine", cz.Deploy(offering, ("affinitygroupids", apart)))).EnsureOk().Str("jobid")));
        var spread = new List<string>();
        foreach (var job in jobs)
        {
            spread.Add(InstanceFlows.JobObject(await user.WaitForJobAsync(job), "virtualmachine").Id());
        }
        async Task<string> HostOf(string vm) =>
            (await Admin.CallAsync("listVirtualMachines", ("id", vm))).EnsureOk().Items("virtualmachine")[0].GetProperty("hostid").GetString()!;
        var hosts = new List<string>();
        foreach (var vm in spread)
        {
            hosts.Add(await HostOf(vm));
        }
        Assert.Equal(3, hosts.Distinct().Count());
        var fourth = await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("affinitygroupnames", "apart")));
        Assert.Equal(533, fourth["jobresultcode"].GetInt32());

        var group = Assert.Single((await user.CallAsync("listAffinityGroups", ("id", apart))).EnsureOk().Items("affinitygroup"));
        Assert.Equal(4, group.GetProperty("virtualmachineIds").GetArrayLength());
        var vmGroups = (await user.CallAsync("listVirtualMachines", ("id", spread[0]))).EnsureOk().Items("virtualmachine")[0].GetProperty("affinitygroup");
        Assert.Equal(apart, vmGroups[0].Id());

        var first = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("affinitygroupids", together))), "virtualmachine").Id();
        var second = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("affinitygroupids", together))), "virtualmachine").Id();
        Assert.Equal(await HostOf(first), await HostOf(second));

        var running = await user.CallAndWaitAsync("updateVMAffinityGroup", ("id", spread[0]), ("affinitygroupids", together));
        Assert.Equal(431, running.ErrorCode);
        InstanceFlows.JobObject(await user.CallAndWaitAsync("stopVirtualMachine", ("id", spread[0])), "virtualmachine");
        var moved = InstanceFlows.JobObject(await user.CallAndWaitAsync("updateVMAffinityGroup", ("id", spread[0]), ("affinitygroupids", together)), "virtualmachine");
        Assert.Equal(together, moved.GetProperty("affinitygroup")[0].Id());
        InstanceFlows.JobObject(await user.CallAndWaitAsync("startVirtualMachine", ("id", spread[0])), "virtualmachine");
        Assert.Equal(await HostOf(first), await HostOf(spread[0]));

        (await user.CallAndWaitAsync("deleteAffinityGroup", ("name", "apart"))).EnsureOk();
        Assert.Empty((await user.CallAsync("listAffinityGroups", ("type", "host anti-affinity"))).EnsureOk().Items("affinitygroup"));
    }
}

public sealed class SqliteAffinityFlows(SqliteServerFixture fixture) : AffinityFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresAffinityFlows(PostgresServerFixture fixture) : AffinityFlows(fixture), IClassFixture<PostgresServerFixture>;
