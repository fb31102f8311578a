using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>A Basic zone: pod guest IP ranges, and instances that get their address from a pod's range and run in that pod.</summary>
public abstract class BasicZoneFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task Instances_in_a_Basic_zone_take_pod_guest_addresses_and_run_in_that_pod()
    {
        var zone = (await Admin.CallAsync("createZone", ("name", Tenants.Unique("basic")), ("networktype", "Basic"), ("dns1", "192.0.2.53"), ("internaldns1", "192.0.2.54"))).EnsureOk()["zone"].Id();
        var physical = InstanceFlows.JobObject(await Admin.CallAndWaitAsync("createPhysicalNetwork", ("zoneid", zone), ("name", "basic-phys")), "physicalnetwork").Id();
        foreach (var traffic in new[] { "Guest", "Management" })
        {
            InstanceFlows.JobObject(await Admin.CallAndWaitAsync("addTrafficType", ("physicalnetworkid", physical), ("traffictype", traffic)), "traffictype");
        }
        var pods = new List<string>();
        var hosts = new List<string>();
        for (var i = 1; i <= 2; i++)
        {
            var pod = (await Admin.CallAsync("createPod", ("zoneid", zone), ("name", $"pod{i}"), ("gateway", $"172.20.{i}.1"), ("netmask", "255.255.255.0"),
                ("startip", $"172.20.{i}.100"), ("endip", $"172.20.{i}.120"))).EnsureOk()["pod"].Id();
            var cluster = (await Admin.CallAsync("addCluster", ("zoneid", zone), ("podid", pod), ("clustername", $"c{i}"), ("hypervisor", "Simulator"), ("clustertype", "CloudManaged"))).EnsureOk().Items("cluster")[0].Id();
            hosts.Add((await Admin.CallAsync("addHost", ("zoneid", zone), ("podid", pod), ("clusterid", cluster), ("hypervisor", "Simulator"), ("url", $"http://sim/c{i}/h{i}"))).EnsureOk().Items("host")[0].Id());
            (await Admin.CallAsync("createStoragePool", ("zoneid", zone), ("podid", pod), ("clusterid", cluster), ("name", $"ps{i}"), ("url", $"nfs://192.0.2.10/{Tenants.Unique("basic")}"))).EnsureOk();
            pods.Add(pod);
        }

        Assert.Equal(431, (await Admin.CallAsync("createVlanIpRange", ("zoneid", zone), ("podid", pods[0]), ("forvirtualnetwork", "true"), ("gateway", "10.50.1.1"), ("netmask", "255.255.255.0"), ("startip", "10.50.1.10"), ("endip", "10.50.1.12"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createVlanIpRange", ("zoneid", zone), ("forvirtualnetwork", "false"), ("gateway", "10.50.1.1"), ("netmask", "255.255.255.0"), ("startip", "10.50.1.10"), ("endip", "10.50.1.12"))).ErrorCode);
        (await Admin.CallAsync("createVlanIpRange", ("zoneid", zone), ("podid", pods[0]), ("forvirtualnetwork", "false"), ("gateway", "10.50.1.1"), ("netmask", "255.255.255.0"), ("startip", "10.50.1.10"), ("endip", "10.50.1.12"))).EnsureOk();
        (await Admin.CallAsync("createVlanIpRange", ("zoneid", zone), ("podid", pods[1]), ("forvirtualnetwork", "false"), ("gateway", "10.50.2.1"), ("netmask", "255.255.255.0"), ("startip", "10.50.2.10"), ("endip", "10.50.2.20"))).EnsureOk();
        Assert.Equal(431, (await Admin.CallAsync("createVlanIpRange", ("zoneid", zone), ("podid", pods[1]), ("forvirtualnetwork", "false"), ("gateway", "10.50.2.1"), ("netmask", "255.255.255.0"), ("startip", "10.50.2.15"), ("endip", "10.50.2.30"))).ErrorCode);

        (await Admin.CallAsync("addImageStore", ("provider", "NFS"), ("zoneid", zone), ("name", "nfs"), ("url", "nfs://192.0.2.20/" + Tenants.Unique("sec")))).EnsureOk();
        (await Admin.CallAsync("updateZone", ("id", zone), ("allocationstate", "Enabled"))).EnsureOk();
        var template = (await Admin.CallAsync("registerTemplate", ("name", Tenants.Unique("tpl")), ("displaytext", "t"), ("url", "http://203.0.113.10/disk.qcow2"),
            ("zoneid", zone), ("format", "QCOW2"), ("hypervisor", "Simulator"), ("ispublic", "true"))).EnsureOk().Items("template")[0].Id();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await Admin.CallAsync("listTemplates", ("templatefilter", "all"), ("id", template))).EnsureOk().Items("template")[0].GetProperty("isready").GetBoolean())
        {
            Assert.True(DateTime.UtcNow < deadline, "the template did not become ready");
            await Task.Delay(200);
        }
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 200, 128);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("bz"));

        var placed = new List<(string Ip, string Gateway, string Host)>();
        for (var i = 0; i < 4; i++)
        {
            var vm = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", ("zoneid", zone), ("templateid", template), ("serviceofferingid", offering), ("rootdisksize", "1")), "virtualmachine");
            var nic = vm.GetProperty("nic")[0];
            var host = (await Admin.CallAsync("listVirtualMachines", ("id", vm.Id()))).EnsureOk().Items("virtualmachine")[0].GetProperty("hostid").GetString()!;
            placed.Add((nic.GetProperty("ipaddress").GetString()!, nic.GetProperty("gateway").GetString()!, host));
        }
        Assert.Equal(["10.50.1.10", "10.50.1.11", "10.50.1.12", "10.50.2.10"], placed.Select(p => p.Ip));
        Assert.All(placed.Take(3), p => Assert.Equal(("10.50.1.1", hosts[0]), (p.Gateway, p.Host)));
        Assert.Equal(("10.50.2.1", hosts[1]), (placed[3].Gateway, placed[3].Host));
        var capacity = (await Admin.CallAsync("listCapacity", ("zoneid", zone), ("type", "8"))).EnsureOk().Items("capacity");
        Assert.Equal(14, Assert.Single(capacity).GetProperty("capacitytotal").GetInt64());
    }
}

public sealed class SqliteBasicZoneFlows(SqliteServerFixture fixture) : BasicZoneFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresBasicZoneFlows(PostgresServerFixture fixture) : BasicZoneFlows(fixture), IClassFixture<PostgresServerFixture>;
