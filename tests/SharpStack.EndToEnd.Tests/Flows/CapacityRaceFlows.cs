using System.Globalization;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Many deployments at once onto a zone too small for all of them: capacity is never overcommitted, nothing is given twice.</summary>
public abstract class CapacityRaceFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task Two_hundred_deployments_onto_room_for_150_run_exactly_150()
    {
        const int hosts = 3, perHost = 50, submitted = 200, memoryMb = 512;
        var cz = await ComputeZone.CreateAsync(Admin, hosts, cpuNumber: 64, cpuSpeed: 1000, memoryBytes: (long)perHost * memoryMb << 20);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 100, memoryMb);
        string[] thresholds = ["cluster.memory.allocated.capacity.disablethreshold", "cluster.cpu.allocated.capacity.disablethreshold"];
        foreach (var name in thresholds)
        {
            (await Admin.CallAsync("updateConfiguration", ("name", name), ("value", "1"))).EnsureOk();
        }
        try
        {
            var (account, owner) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("race"));
            var accountName = account.GetProperty("name").GetString()!;
            var domainId = account.GetProperty("domainid").GetString()!;
            (await Admin.CallAsync("updateResourceLimit", ("account", accountName), ("domainid", domainId), ("resourcetype", "0"), ("max", "-1"))).EnsureOk();
            (await Admin.CallAsync("updateResourceLimit", ("account", accountName), ("domainid", domainId), ("resourcetype", "8"), ("max", "-1"))).EnsureOk();
            (await Admin.CallAsync("updateResourceLimit", ("account", accountName), ("domainid", domainId), ("resourcetype", "9"), ("max", "-1"))).EnsureOk();
            (await Admin.CallAsync("updateResourceLimit", ("account", accountName), ("domainid", domainId), ("resourcetype", "2"), ("max", "-1"))).EnsureOk();
            (await Admin.CallAsync("updateResourceLimit", ("account", accountName), ("domainid", domainId), ("resourcetype", "10"), ("max", "-1"))).EnsureOk();

            var jobs = await Task.WhenAll(Enumerable.Range(0, submitted).Select(async i =>
                (await owner.CallAsync("deployVirtualMachine", cz.Deploy(offering, ("name", $"race-{i}")))).EnsureOk().Str("jobid")));
            var results = await Task.WhenAll(jobs.Select(j => owner.WaitForJobAsync(j, timeoutSeconds: 300)));

            Assert.Equal(hosts * perHost, results.Count(r => r["jobstatus"].GetInt32() == 1));
            var failed = results.Where(r => r["jobstatus"].GetInt32() == 2).ToList();
            Assert.Equal(submitted - (hosts * perHost), failed.Count);
            Assert.All(failed, r => Assert.Equal(533, r["jobresultcode"].GetInt32()));

            var vms = (await Admin.CallAsync("listVirtualMachines", ("zoneid", cz.ZoneId), ("listall", "true"), ("pagesize", "500"))).EnsureOk().Items("virtualmachine");
            Assert.Equal(submitted, vms.Count);
            Assert.Equal(hosts * perHost, vms.Count(v => v.GetProperty("state").GetString() == "Running"));
            Assert.Equal(submitted - (hosts * perHost), vms.Count(v => v.GetProperty("state").GetString() == "Error"));
            Assert.All(vms.Where(v => v.GetProperty("state").GetString() == "Running").GroupBy(v => v.GetProperty("hostid").GetString()),
                g => Assert.Equal(perHost, g.Count()));
            var nics = vms.SelectMany(v => v.GetProperty("nic").EnumerateArray()).ToList();
            Assert.Equal(submitted, nics.Select(n => n.GetProperty("ipaddress").GetString()).Distinct().Count());
            Assert.Equal(submitted, nics.Select(n => n.GetProperty("macaddress").GetString()).Distinct().Count());

            var memory = (await Admin.CallAsync("listCapacity", ("zoneid", cz.ZoneId), ("type", "0"), ("fetchlatest", "true"))).EnsureOk().Items("capacity");
            Assert.Equal((long)hosts * perHost * memoryMb << 20, memory.Sum(c => c.GetProperty("capacityused").GetInt64()));

            // The counts kept along the way equal a recount from the records.
            var kept = Assert.Single((await Admin.CallAsync("listAccounts", ("id", account.Id()))).EnsureOk().Items("account"));
            Assert.Equal(hosts * perHost, kept.GetProperty("vmtotal").GetInt64());
            Assert.Equal((long)hosts * perHost * memoryMb, kept.GetProperty("memorytotal").GetInt64());
            Assert.Equal(submitted, kept.GetProperty("volumetotal").GetInt64());
            var recounted = (await Admin.CallAsync("updateResourceCount", ("account", accountName), ("domainid", domainId))).EnsureOk().Items("resourcecount")
                .ToDictionary(c => c.GetProperty("resourcetypename").GetString()!, c => c.GetProperty("resourcecount").GetInt64());
            Assert.Equal(kept.GetProperty("vmtotal").GetInt64(), recounted["user_vm"]);
            Assert.Equal(kept.GetProperty("cputotal").GetInt64(), recounted["cpu"]);
            Assert.Equal(kept.GetProperty("memorytotal").GetInt64(), recounted["memory"]);
            Assert.Equal(kept.GetProperty("volumetotal").GetInt64(), recounted["volume"]);
            Assert.Equal(1, kept.GetProperty("networktotal").GetInt64());
            Assert.Equal(1, recounted["network"]);
        }
        finally
        {
            foreach (var name in thresholds)
            {
                (await Admin.CallAsync("updateConfiguration", ("name", name))).EnsureOk();
            }
        }
    }

    [Fact]
    public async Task Limits_refuse_a_deployment_past_them_with_upstream_code_and_count_back_on_destroy()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 200, 128);
        var (account, owner) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("limit"));
        var accountName = account.GetProperty("name").GetString()!;
        var domainId = account.GetProperty("domainid").GetString()!;
        Assert.Equal(531, (await owner.CallAsync("updateResourceLimit", ("account", accountName), ("domainid", domainId), ("resourcetype", "0"), ("max", "9"))).ErrorCode
            is 531 or 432 ? 531 : 0);
        var set = (await Admin.CallAsync("updateResourceLimit", ("account", accountName), ("domainid", domainId), ("resourcetype", "0"), ("max", "2"))).EnsureOk()["resourcelimit"];
        Assert.Equal(2, set.GetProperty("max").GetInt64());
        var limits = (await owner.CallAsync("listResourceLimits")).EnsureOk().Items("resourcelimit");
        Assert.Equal(2, limits.Single(l => l.GetProperty("resourcetype").GetString() == "0").GetProperty("max").GetInt64());
        Assert.Equal(40, limits.Single(l => l.GetProperty("resourcetype").GetString() == "8").GetProperty("max").GetInt64());

        var first = InstanceFlows.JobObject(await owner.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine").Id();
        InstanceFlows.JobObject(await owner.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine");
        var refused = await owner.CallAsync("deployVirtualMachine", cz.Deploy(offering));
        Assert.Equal(535, refused.ErrorCode);
        Assert.Contains("user_vm", refused.ErrorText, StringComparison.Ordinal);
        Assert.Equal(2, (await owner.CallAsync("listVirtualMachines")).EnsureOk().Items("virtualmachine").Count);

        InstanceFlows.JobObject(await owner.CallAndWaitAsync("destroyVirtualMachine", ("id", first)), "virtualmachine");
        InstanceFlows.JobObject(await owner.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine");
        Assert.Equal(535, (await Admin.CallAsync("recoverVirtualMachine", ("id", first))).ErrorCode);
        var kept = Assert.Single((await Admin.CallAsync("listAccounts", ("id", account.Id()))).EnsureOk().Items("account"));
        Assert.Equal(2, kept.GetProperty("vmtotal").GetInt64());
        Assert.Equal(3, kept.GetProperty("volumetotal").GetInt64());
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, "{0}", 2 * 128), kept.GetProperty("memorytotal").GetInt64().ToString(CultureInfo.InvariantCulture));
    }
}

public sealed class SqliteCapacityRaceFlows(SqliteServerFixture fixture) : CapacityRaceFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresCapacityRaceFlows(PostgresServerFixture fixture) : CapacityRaceFlows(fixture), IClassFixture<PostgresServerFixture>;
