using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Building zones through the API the way upstream's zone wizard does.</summary>
public abstract class ZoneWizardFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    private async Task<string> WaitOkAsync(string command, params (string, string)[] args)
    {
        var reply = await Admin.CallAndWaitAsync(command, args);
        Assert.True(reply["jobstatus"].GetInt32() == 1, reply.Body);
        return reply.Body;
    }

    [Fact]
    public async Task Advanced_zone_is_built_step_by_step_and_enabled()
    {
        var name = Tenants.Unique("adv");
        var zone = (await Admin.CallAsync("createZone", ("name", name), ("networktype", "Advanced"), ("dns1", "192.0.2.53"),
            ("internaldns1", "192.0.2.54"), ("guestcidraddress", "10.1.1.0/24"))).EnsureOk()["zone"];
        Assert.Equal("Disabled", zone.GetProperty("allocationstate").GetString());
        Assert.Equal("Advanced", zone.GetProperty("networktype").GetString());
        Assert.False(string.IsNullOrEmpty(zone.GetProperty("zonetoken").GetString()));

        var created = (await Admin.CallAsync("createPhysicalNetwork", ("zoneid", zone.Id()), ("name", "phy1"), ("isolationmethods", "VLAN"), ("vlan", "100-199"))).EnsureOk();
        var physicalId = created.Str("id");
        await Admin.WaitForJobAsync(created.Str("jobid"));
        foreach (var traffic in new[] { "Guest", "Management", "Public" })
        {
            await WaitOkAsync("addTrafficType", ("physicalnetworkid", physicalId), ("traffictype", traffic), ("kvmnetworklabel", "cloudbr0"));
        }
        Assert.Equal(3, (await Admin.CallAsync("listTrafficTypes", ("physicalnetworkid", physicalId))).EnsureOk().Count);
        var duplicate = await Admin.CallAsync("addTrafficType", ("physicalnetworkid", physicalId), ("traffictype", "Public"));
        Assert.Equal(431, duplicate.ErrorCode);
        await WaitOkAsync("updatePhysicalNetwork", ("id", physicalId), ("state", "Enabled"));

        var router = (await Admin.CallAsync("listNetworkServiceProviders", ("physicalnetworkid", physicalId), ("name", "VirtualRouter"))).EnsureOk().Items("networkserviceprovider")[0];
        Assert.Equal("Disabled", router.GetProperty("state").GetString());
        var early = await Admin.CallAsync("updateNetworkServiceProvider", ("id", router.Id()), ("state", "Enabled"));
        Assert.Equal(431, early.ErrorCode);
        var element = (await Admin.CallAsync("listVirtualRouterElements", ("nspid", router.Id()))).EnsureOk().Items("virtualrouterelement")[0];
        await WaitOkAsync("configureVirtualRouterElement", ("id", element.Id()), ("enabled", "true"));
        var enabled = await Admin.CallAndWaitAsync("updateNetworkServiceProvider", ("id", router.Id()), ("state", "Enabled"));
        Assert.Equal("Enabled", enabled["jobresult"].GetProperty("networkserviceprovider").GetProperty("state").GetString());

        var pod = (await Admin.CallAsync("createPod", ("zoneid", zone.Id()), ("name", "pod1"), ("gateway", "192.168.56.1"),
            ("netmask", "255.255.255.0"), ("startip", "192.168.56.10"), ("endip", "192.168.56.50"))).EnsureOk()["pod"];
        var range = (await Admin.CallAsync("createVlanIpRange", ("zoneid", zone.Id()), ("vlan", "untagged"), ("gateway", "203.0.113.1"),
            ("netmask", "255.255.255.0"), ("startip", "203.0.113.10"), ("endip", "203.0.113.100"), ("forvirtualnetwork", "true"))).EnsureOk()["vlan"];
        Assert.Equal("vlan://untagged", range.GetProperty("vlan").GetString());
        Assert.Equal("203.0.113.0/24", range.GetProperty("cidr").GetString());
        var cluster = (await Admin.CallAsync("addCluster", ("zoneid", zone.Id()), ("podid", pod.Id()), ("clustername", "c1"),
            ("hypervisor", "Simulator"), ("clustertype", "CloudManaged"))).EnsureOk().Items("cluster")[0];
        Assert.Equal("Simulator", cluster.GetProperty("hypervisortype").GetString());

        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("z"));
        Assert.DoesNotContain(zone.Id(), (await user.CallAsync("listZones")).Body, StringComparison.Ordinal);
        (await Admin.CallAsync("updateZone", ("id", zone.Id()), ("allocationstate", "Enabled"))).EnsureOk();
        var visible = (await user.CallAsync("listZones", ("available", "true"))).EnsureOk().Items("zone");
        var seen = Assert.Single(visible, z => z.Id() == zone.Id());
        Assert.False(seen.TryGetProperty("zonetoken", out _));
        Assert.False(seen.TryGetProperty("internaldns1", out _));

        // Taking it apart again is refused while something is inside.
        Assert.Equal(536, (await Admin.CallAsync("deletePod", ("id", pod.Id()))).ErrorCode);
        Assert.Equal(536, (await Admin.CallAsync("deleteZone", ("id", zone.Id()))).ErrorCode);
        (await Admin.CallAsync("deleteCluster", ("id", cluster.Id()))).EnsureOk();
        (await Admin.CallAsync("deletePod", ("id", pod.Id()))).EnsureOk();
        // In-use checks of async deletes run before the job is queued.
        Assert.Equal(536, (await Admin.CallAsync("deletePhysicalNetwork", ("id", physicalId))).ErrorCode);
        (await Admin.CallAsync("deleteVlanIpRange", ("id", range.Id()))).EnsureOk();
        await WaitOkAsync("deletePhysicalNetwork", ("id", physicalId));
        (await Admin.CallAsync("deleteZone", ("id", zone.Id()))).EnsureOk();
    }

    [Fact]
    public async Task Basic_zone_gets_security_groups_and_its_provider_enabled()
    {
        var zone = (await Admin.CallAsync("createZone", ("name", Tenants.Unique("basic")), ("networktype", "Basic"), ("dns1", "192.0.2.53"),
            ("internaldns1", "192.0.2.54"))).EnsureOk()["zone"];
        Assert.True(zone.GetProperty("securitygroupsenabled").GetBoolean());
        var created = (await Admin.CallAsync("createPhysicalNetwork", ("zoneid", zone.Id()), ("name", "phy"))).EnsureOk();
        await Admin.WaitForJobAsync(created.Str("jobid"));
        var physical = (await Admin.CallAsync("listPhysicalNetworks", ("zoneid", zone.Id()))).EnsureOk().Items("physicalnetwork")[0];
        Assert.Equal("POD", physical.GetProperty("broadcastdomainrange").GetString());
        var second = await Admin.CallAsync("createPhysicalNetwork", ("zoneid", zone.Id()), ("name", "phy2"));
        Assert.Equal(431, second.ErrorCode);
        await WaitOkAsync("addTrafficType", ("physicalnetworkid", physical.Id()), ("traffictype", "Guest"));
        await WaitOkAsync("addTrafficType", ("physicalnetworkid", physical.Id()), ("traffictype", "Management"));
        await WaitOkAsync("updatePhysicalNetwork", ("id", physical.Id()), ("state", "Enabled"));
        var sg = (await Admin.CallAsync("listNetworkServiceProviders", ("physicalnetworkid", physical.Id()), ("name", "SecurityGroupProvider"))).EnsureOk().Items("networkserviceprovider")[0];
        await WaitOkAsync("updateNetworkServiceProvider", ("id", sg.Id()), ("state", "Enabled"));
        var pod = (await Admin.CallAsync("createPod", ("zoneid", zone.Id()), ("name", "pod"), ("gateway", "10.9.0.1"), ("netmask", "255.255.255.0"),
            ("startip", "10.9.0.10"), ("endip", "10.9.0.20"))).EnsureOk()["pod"];
        (await Admin.CallAsync("addCluster", ("zoneid", zone.Id()), ("podid", pod.Id()), ("clustername", "kvm1"), ("hypervisor", "KVM"), ("clustertype", "CloudManaged"))).EnsureOk();
        (await Admin.CallAsync("updateZone", ("id", zone.Id()), ("allocationstate", "Enabled"))).EnsureOk();
        var publicRange = await Admin.CallAsync("createVlanIpRange", ("zoneid", zone.Id()), ("gateway", "198.51.100.1"), ("netmask", "255.255.255.0"), ("startip", "198.51.100.5"));
        Assert.Equal(431, publicRange.ErrorCode);
    }

    [Fact]
    public async Task Invalid_layouts_are_refused_with_clear_errors()
    {
        var bad = await Admin.CallAsync("createZone", ("name", Tenants.Unique("bad")), ("networktype", "Advanced"), ("dns1", "192.0.2.53"), ("internaldns1", "192.0.2.54"), ("guestcidraddress", "10.1.1.7/24"));
        Assert.Equal(431, bad.ErrorCode);
        Assert.Contains("guest CIDR", bad.ErrorText, StringComparison.Ordinal);
        Assert.Equal(431, (await Admin.CallAsync("createZone", ("name", Tenants.Unique("bad")), ("networktype", "Hybrid"), ("dns1", "192.0.2.53"), ("internaldns1", "192.0.2.54"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createZone", ("name", Tenants.Unique("bad")), ("networktype", "Basic"), ("dns1", "not-an-ip"), ("internaldns1", "192.0.2.54"))).ErrorCode);

        var zone = (await Admin.CallAsync("createZone", ("name", Tenants.Unique("val")), ("networktype", "Advanced"), ("dns1", "192.0.2.53"), ("internaldns1", "192.0.2.54"))).EnsureOk()["zone"];
        var pod = (await Admin.CallAsync("createPod", ("zoneid", zone.Id()), ("name", "p1"), ("gateway", "172.20.0.1"), ("netmask", "255.255.255.0"),
            ("startip", "172.20.0.10"), ("endip", "172.20.0.20"))).EnsureOk()["pod"];
        var overlapping = await Admin.CallAsync("createPod", ("zoneid", zone.Id()), ("name", "p2"), ("gateway", "172.20.0.129"), ("netmask", "255.255.255.128"));
        Assert.Equal(431, overlapping.ErrorCode);
        Assert.Contains("overlaps", overlapping.ErrorText, StringComparison.Ordinal);
        Assert.Equal(431, (await Admin.CallAsync("createPod", ("zoneid", zone.Id()), ("name", "p3"), ("gateway", "172.21.0.1"), ("netmask", "255.0.255.0"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createPod", ("zoneid", zone.Id()), ("name", "p4"), ("gateway", "172.22.0.1"), ("netmask", "255.255.255.0"),
            ("startip", "172.23.0.10"))).ErrorCode);
        var unknownHypervisor = await Admin.CallAsync("addCluster", ("zoneid", zone.Id()), ("podid", pod.Id()), ("clustername", "x"), ("hypervisor", "Hyperion"), ("clustertype", "CloudManaged"));
        Assert.Equal(431, unknownHypervisor.ErrorCode);
        Assert.Contains("hypervisor", unknownHypervisor.ErrorText, StringComparison.Ordinal);

        var created = (await Admin.CallAsync("createPhysicalNetwork", ("zoneid", zone.Id()), ("name", "n1"), ("vlan", "500-599"))).EnsureOk();
        await Admin.WaitForJobAsync(created.Str("jobid"));
        Assert.Equal(431, (await Admin.CallAsync("createPhysicalNetwork", ("zoneid", zone.Id()), ("name", "n2"), ("vlan", "590-650"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createPhysicalNetwork", ("zoneid", zone.Id()), ("name", "n3"), ("vlan", "10-5000"))).ErrorCode);
        await WaitOkAsync("addTrafficType", ("physicalnetworkid", created.Str("id")), ("traffictype", "Public"));
        (await Admin.CallAsync("createVlanIpRange", ("zoneid", zone.Id()), ("vlan", "20"), ("gateway", "203.0.113.1"), ("netmask", "255.255.255.0"),
            ("startip", "203.0.113.10"), ("endip", "203.0.113.20"))).EnsureOk();
        var overlap = await Admin.CallAsync("createVlanIpRange", ("zoneid", zone.Id()), ("vlan", "20"), ("gateway", "203.0.113.1"), ("netmask", "255.255.255.0"),
            ("startip", "203.0.113.15"), ("endip", "203.0.113.30"));
        Assert.Equal(431, overlap.ErrorCode);
        var guestVlan = await Admin.CallAsync("createVlanIpRange", ("zoneid", zone.Id()), ("vlan", "550"), ("gateway", "198.51.100.1"), ("netmask", "255.255.255.0"),
            ("startip", "198.51.100.10"));
        Assert.Equal(431, guestVlan.ErrorCode);
        var outside = await Admin.CallAsync("createVlanIpRange", ("zoneid", zone.Id()), ("vlan", "21"), ("gateway", "198.51.100.1"), ("netmask", "255.255.255.0"),
            ("startip", "198.51.101.10"));
        Assert.Equal(431, outside.ErrorCode);
    }
}

public sealed class SqliteZoneWizardFlows(SqliteServerFixture fixture) : ZoneWizardFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresZoneWizardFlows(PostgresServerFixture fixture) : ZoneWizardFlows(fixture), IClassFixture<PostgresServerFixture>;
