using System.Text.Json;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Simulator hosts, primary and secondary storage, capacity and maintenance.</summary>
public abstract class HostAndStorageFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    private static long Capacity(ApiReply reply, int type) =>
        reply.Items("capacity").Where(c => c.GetProperty("type").GetInt32() == type).Sum(c => c.GetProperty("capacitytotal").GetInt64());

    [Fact]
    public async Task Simulator_hosts_come_up_with_the_resources_their_url_asks_for()
    {
        var zone = await TestZone.CreateAsync(Admin);
        var small = await zone.AddHostAsync(Admin);
        var big = await zone.AddHostAsync(Admin, "http://sim/c1/h2?cpunumber=32&cpuspeed=3000&memory=68719476736");
        Assert.Equal("Up", small.GetProperty("state").GetString());
        Assert.Equal("Enabled", small.GetProperty("resourcestate").GetString());
        Assert.Equal("Simulator", small.GetProperty("hypervisor").GetString());
        Assert.Equal(8, small.GetProperty("cpunumber").GetInt32());
        Assert.Equal(32, big.GetProperty("cpunumber").GetInt32());
        Assert.Equal(68719476736, big.GetProperty("memorytotal").GetInt64());
        Assert.NotEqual(small.GetProperty("ipaddress").GetString(), big.GetProperty("ipaddress").GetString());

        var listed = (await Admin.CallAsync("listHosts", ("clusterid", zone.ClusterId), ("state", "Up"), ("type", "Routing"))).EnsureOk();
        Assert.Equal(2, listed.Count);
        Assert.Single((await Admin.CallAsync("listHosts", ("zoneid", zone.ZoneId), ("name", big.GetProperty("name").GetString()!))).EnsureOk().Items("host"));
        Assert.Empty((await Admin.CallAsync("listHosts", ("zoneid", zone.ZoneId), ("resourcestate", "Maintenance"))).EnsureOk().Items("host"));

        var capacity = (await Admin.CallAsync("listCapacity", ("zoneid", zone.ZoneId))).EnsureOk();
        Assert.Equal(8 * 2400 + 32 * 3000, Capacity(capacity, 1));
        Assert.Equal((16L << 30) + 68719476736, Capacity(capacity, 0));
        Assert.Equal(40, Capacity(capacity, 19));

        var zoneWithCapacity = (await Admin.CallAsync("listZones", ("id", zone.ZoneId), ("showcapacities", "true"))).EnsureOk().Items("zone").Single();
        var memory = zoneWithCapacity.GetProperty("capacity").EnumerateArray().Single(c => c.GetProperty("type").GetInt32() == 0);
        Assert.Equal((16L << 30) + 68719476736, memory.GetProperty("capacitytotal").GetInt64());

        var tagged = (await Admin.CallAsync("updateHost", ("id", big.Id()), ("hosttags", "ssd, gpu"), ("allocationstate", "Disable"))).EnsureOk()["host"];
        Assert.Equal("ssd,gpu", tagged.GetProperty("hosttags").GetString());
        Assert.Equal("Disabled", tagged.GetProperty("resourcestate").GetString());
        var afterDisable = (await Admin.CallAsync("listCapacity", ("zoneid", zone.ZoneId), ("type", "1"))).EnsureOk();
        Assert.Equal(8 * 2400, Capacity(afterDisable, 1));
        (await Admin.CallAsync("updateHost", ("id", big.Id()), ("allocationstate", "Enable"))).EnsureOk();
    }

    [Fact]
    public async Task Over_provisioning_factors_scale_the_capacity_totals()
    {
        var zone = await TestZone.CreateAsync(Admin);
        await zone.AddHostAsync(Admin);
        try
        {
            (await Admin.CallAsync("updateConfiguration", ("name", "cpu.overprovisioning.factor"), ("value", "2.5"))).EnsureOk();
            var capacity = (await Admin.CallAsync("listCapacity", ("zoneid", zone.ZoneId), ("type", "1"))).EnsureOk();
            Assert.Equal((long)(8 * 2400 * 2.5), Capacity(capacity, 1));
            Assert.Equal(431, (await Admin.CallAsync("updateConfiguration", ("name", "cpu.overprovisioning.factor"), ("value", "-1"))).ErrorCode);
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", "cpu.overprovisioning.factor"), ("value", "1.0"))).EnsureOk();
        }
    }

    [Fact]
    public async Task Maintenance_moves_a_host_out_of_service_and_lets_it_be_deleted()
    {
        var zone = await TestZone.CreateAsync(Admin);
        var host = await zone.AddHostAsync(Admin);
        Assert.Equal(431, (await Admin.CallAsync("deleteHost", ("id", host.Id()))).ErrorCode);
        var maintained = await Admin.CallAndWaitAsync("prepareHostForMaintenance", ("id", host.Id()));
        Assert.Equal("Maintenance", maintained["jobresult"].GetProperty("host").GetProperty("resourcestate").GetString());
        Assert.Equal(0, Capacity((await Admin.CallAsync("listCapacity", ("zoneid", zone.ZoneId))).EnsureOk(), 1));
        Assert.Equal(431, (await Admin.CallAsync("prepareHostForMaintenance", ("id", host.Id()))).ErrorCode);
        var back = await Admin.CallAndWaitAsync("cancelHostMaintenance", ("id", host.Id()));
        Assert.Equal("Enabled", back["jobresult"].GetProperty("host").GetProperty("resourcestate").GetString());
        await Admin.CallAndWaitAsync("prepareHostForMaintenance", ("id", host.Id()));
        Assert.Equal(536, (await Admin.CallAsync("deleteCluster", ("id", zone.ClusterId))).ErrorCode);
        (await Admin.CallAsync("deleteHost", ("id", host.Id()))).EnsureOk();
        Assert.Equal(431, (await Admin.CallAsync("listHosts", ("id", host.Id()))).ErrorCode);
        (await Admin.CallAsync("deleteCluster", ("id", zone.ClusterId))).EnsureOk();
    }

    [Fact]
    public async Task Primary_and_secondary_storage_are_added_listed_and_maintained()
    {
        var zone = await TestZone.CreateAsync(Admin);
        var clusterPool = (await Admin.CallAsync("createStoragePool", ("zoneid", zone.ZoneId), ("podid", zone.PodId), ("clusterid", zone.ClusterId),
            ("name", "ps1"), ("url", "nfs://192.0.2.10/export/primary"), ("tags", "fast"))).EnsureOk()["storagepool"];
        Assert.Equal("NetworkFilesystem", clusterPool.GetProperty("type").GetString());
        Assert.Equal("CLUSTER", clusterPool.GetProperty("scope").GetString());
        Assert.Equal("192.0.2.10", clusterPool.GetProperty("ipaddress").GetString());
        Assert.Equal("/export/primary", clusterPool.GetProperty("path").GetString());
        Assert.Equal("Up", clusterPool.GetProperty("state").GetString());
        var zonePool = (await Admin.CallAsync("createStoragePool", ("zoneid", zone.ZoneId), ("scope", "zone"), ("hypervisor", "Simulator"),
            ("name", "zps"), ("url", "SharedMountPoint://localhost/mnt/shared"), ("capacitybytes", "2199023255552"))).EnsureOk()["storagepool"];
        Assert.Equal("SharedMountPoint", zonePool.GetProperty("type").GetString());
        Assert.Equal(2199023255552, zonePool.GetProperty("capacitybytes").GetInt64());
        Assert.Equal(2, (await Admin.CallAsync("listStoragePools", ("clusterid", zone.ClusterId))).EnsureOk().Count);
        Assert.Equal(431, (await Admin.CallAsync("createStoragePool", ("zoneid", zone.ZoneId), ("scope", "zone"), ("name", "x"), ("url", "nfs://192.0.2.10/x"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createStoragePool", ("zoneid", zone.ZoneId), ("podid", zone.PodId), ("clusterid", zone.ClusterId), ("name", "y"), ("url", "iscsi://192.0.2.10/iqn"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createStoragePool", ("zoneid", zone.ZoneId), ("podid", zone.PodId), ("clusterid", zone.ClusterId), ("name", "ps1"), ("url", "nfs://192.0.2.11/p"))).ErrorCode);

        var capacity = (await Admin.CallAsync("listCapacity", ("zoneid", zone.ZoneId), ("type", "2"))).EnsureOk();
        Assert.Equal((1L << 40) + 2199023255552, Capacity(capacity, 2));

        var maintained = await Admin.CallAndWaitAsync("enableStorageMaintenance", ("id", clusterPool.Id()));
        Assert.Equal("Maintenance", maintained["jobresult"].GetProperty("storagepool").GetProperty("state").GetString());
        await Admin.CallAndWaitAsync("cancelStorageMaintenance", ("id", clusterPool.Id()));
        (await Admin.CallAsync("updateStoragePool", ("id", clusterPool.Id()), ("enabled", "false"))).EnsureOk();
        Assert.Single((await Admin.CallAsync("listStoragePools", ("zoneid", zone.ZoneId), ("status", "Disabled"))).EnsureOk().Items("storagepool"));

        var folder = Path.Combine(fixture.Server.DataDir, "secondary");
        var store = (await Admin.CallAsync("addImageStore", ("provider", "NFS"), ("zoneid", zone.ZoneId), ("name", "sec1"), ("url", "file://" + folder))).EnsureOk()["imagestore"];
        Assert.True(Directory.Exists(folder));
        Assert.Equal("file", store.GetProperty("protocol").GetString());
        Assert.True(store.GetProperty("disksizetotal").GetInt64() > 0);
        var nfs = (await Admin.CallAsync("addSecondaryStorage", ("zoneid", zone.ZoneId), ("url", "nfs://192.0.2.20/export/secondary"))).EnsureOk()["secondarystorage"];
        Assert.Equal("nfs", nfs.GetProperty("protocol").GetString());
        Assert.Equal(2, (await Admin.CallAsync("listImageStores", ("zoneid", zone.ZoneId))).EnsureOk().Count);
        Assert.Equal(431, (await Admin.CallAsync("addImageStore", ("provider", "S3"), ("zoneid", zone.ZoneId), ("url", "nfs://192.0.2.21/x"))).ErrorCode);
        Assert.Equal(536, (await Admin.CallAsync("deleteZone", ("id", zone.ZoneId))).ErrorCode);
        (await Admin.CallAsync("deleteImageStore", ("id", nfs.Id()))).EnsureOk();
        (await Admin.CallAsync("deleteStoragePool", ("id", zonePool.Id()))).EnsureOk();
    }

    [Fact]
    public async Task Host_input_mistakes_are_refused_clearly()
    {
        var zone = await TestZone.CreateAsync(Admin);
        var kvm = await Admin.CallAsync("addHost", ("zoneid", zone.ZoneId), ("podid", zone.PodId), ("clusterid", zone.ClusterId), ("hypervisor", "KVM"), ("url", "http://192.0.2.5"));
        Assert.Equal(431, kvm.ErrorCode);
        var badUrl = await Admin.CallAsync("addHost", ("zoneid", zone.ZoneId), ("podid", zone.PodId), ("clusterid", zone.ClusterId), ("hypervisor", "Simulator"), ("url", "http://192.0.2.5"));
        Assert.Equal(431, badUrl.ErrorCode);
        var badResources = await Admin.CallAsync("addHost", ("zoneid", zone.ZoneId), ("podid", zone.PodId), ("clusterid", zone.ClusterId), ("hypervisor", "Simulator"), ("url", "http://sim/c/h?cpunumber=lots"));
        Assert.Equal(431, badResources.ErrorCode);
        Assert.Empty((await Admin.CallAsync("listHosts", ("zoneid", zone.ZoneId))).EnsureOk().Items("host"));
    }
}

public sealed class SqliteHostAndStorageFlows(SqliteServerFixture fixture) : HostAndStorageFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresHostAndStorageFlows(PostgresServerFixture fixture) : HostAndStorageFlows(fixture), IClassFixture<PostgresServerFixture>;
