using System.Text.Json;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Data disks: created, attached to running and stopped instances, resized, migrated between pools, detached and deleted.</summary>
public abstract class VolumeFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task A_tenant_creates_attaches_resizes_detaches_and_deletes_a_data_disk_and_the_operator_migrates_it()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var second = (await Admin.CallAsync("createStoragePool", ("zoneid", cz.ZoneId), ("podid", cz.Zone.PodId), ("clusterid", cz.Zone.ClusterId),
            ("name", "second"), ("url", "nfs://192.0.2.11/export/" + Tenants.Unique("second")), ("capacitybytes", (1L << 40).ToString(System.Globalization.CultureInfo.InvariantCulture)))).EnsureOk()["storagepool"].Id();
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 300, 256);
        var custom = (await Admin.CallAsync("createDiskOffering", ("name", Tenants.Unique("cd")), ("displaytext", "custom"), ("customized", "true"))).EnsureOk()["diskoffering"].Id();
        var (account, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("vol"));
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("volx"));
        var vm = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine").Id();

        Assert.Equal(431, (await user.CallAsync("createVolume", ("zoneid", cz.ZoneId), ("diskofferingid", custom))).ErrorCode);
        var created = (await user.CallAsync("createVolume", ("zoneid", cz.ZoneId), ("diskofferingid", custom), ("size", "5"), ("name", "data1"))).EnsureOk();
        var volumeId = created.Str("id");
        var volume = InstanceFlows.JobObject(await user.WaitForJobAsync(created.Str("jobid")), "volume");
        Assert.Equal("Allocated", volume.GetProperty("state").GetString());
        Assert.Equal(5L << 30, volume.GetProperty("size").GetInt64());
        Assert.Equal(431, (await other.CallAsync("attachVolume", ("id", volumeId), ("virtualmachineid", vm))).ErrorCode);

        var attached = InstanceFlows.JobObject(await user.CallAndWaitAsync("attachVolume", ("id", volumeId), ("virtualmachineid", vm)), "volume");
        Assert.Equal("Ready", attached.GetProperty("state").GetString());
        Assert.Equal(1, attached.GetProperty("deviceid").GetInt64());
        Assert.Equal(vm, attached.GetProperty("virtualmachineid").GetString());
        Assert.Equal(2, (await user.CallAsync("listVolumes", ("virtualmachineid", vm))).EnsureOk().Items("volume").Count);
        var again = await user.CallAndWaitAsync("attachVolume", ("id", volumeId), ("virtualmachineid", vm));
        Assert.Equal(431, again["jobresultcode"].GetInt32());

        var grown = InstanceFlows.JobObject(await user.CallAndWaitAsync("resizeVolume", ("id", volumeId), ("size", "8")), "volume");
        Assert.Equal(8L << 30, grown.GetProperty("size").GetInt64());
        var shrink = await user.CallAndWaitAsync("resizeVolume", ("id", volumeId), ("size", "2"));
        Assert.Equal(431, shrink["jobresultcode"].GetInt32());

        var pool = (await Admin.CallAsync("listVolumes", ("id", volumeId))).EnsureOk().Items("volume")[0].GetProperty("storageid").GetString();
        var target = pool == cz.PoolId ? second : cz.PoolId;
        var needsLive = await Admin.CallAndWaitAsync("migrateVolume", ("volumeid", volumeId), ("storageid", target));
        Assert.Equal(431, needsLive["jobresultcode"].GetInt32());
        var moved = InstanceFlows.JobObject(await Admin.CallAndWaitAsync("migrateVolume", ("volumeid", volumeId), ("storageid", target), ("livemigrate", "true")), "volume");
        Assert.Equal(target, moved.GetProperty("storageid").GetString());

        Assert.Equal(431, (await user.CallAsync("deleteVolume", ("id", volumeId))).ErrorCode);
        var detached = InstanceFlows.JobObject(await user.CallAndWaitAsync("detachVolume", ("virtualmachineid", vm), ("deviceid", "1")), "volume");
        Assert.False(detached.TryGetProperty("virtualmachineid", out _));
        // Root disk (2 GB) and the data disk (8 GB) count against the account.
        Assert.Equal(10, (await Admin.CallAsync("listAccounts", ("id", account.Id()))).EnsureOk().Items("account")[0].GetProperty("primarystoragetotal").GetInt64());
        (await user.CallAsync("deleteVolume", ("id", volumeId))).EnsureOk();
        Assert.Single((await user.CallAsync("listVolumes")).EnsureOk().Items("volume"));
        var counts = (await Admin.CallAsync("listAccounts", ("id", account.Id()))).EnsureOk().Items("account")[0];
        Assert.Equal(1, counts.GetProperty("volumetotal").GetInt64());
        var events = (await user.CallAsync("listEvents", ("pagesize", "200"))).EnsureOk().Items("event").Select(e => e.GetProperty("type").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "VOLUME.CREATE", "VOLUME.ATTACH", "VOLUME.RESIZE", "VOLUME.DETACH", "VOLUME.DELETE" }, events);
    }

    [Fact]
    public async Task An_uploaded_volume_is_posted_once_then_attached_to_primary_storage()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 300, 256);
        var (account, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("upv"));
        var vm = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine").Id();
        var payload = System.Security.Cryptography.RandomNumberGenerator.GetBytes(64_000);
        var sha1 = Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(payload));
        var upload = (await user.CallAsync("getUploadParamsForVolume", ("name", "imported"), ("zoneid", cz.ZoneId), ("format", "QCOW2"), ("checksum", sha1))).EnsureOk()["getuploadparams"];
        var id = upload.Id();
        Assert.Equal("NotUploaded", (await user.CallAsync("listVolumes", ("id", id))).EnsureOk().Items("volume")[0].GetProperty("state").GetString());
        Assert.Equal(431, (await user.CallAndWaitAsync("attachVolume", ("id", id), ("virtualmachineid", vm)))["jobresultcode"].GetInt32());

        using var client = new HttpClient();
        var posted = await client.PostAsync(upload.GetProperty("postURL").GetString(), new ByteArrayContent(payload));
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.Conflict, (await client.PostAsync(upload.GetProperty("postURL").GetString(), new ByteArrayContent(payload))).StatusCode);
        var uploaded = (await user.CallAsync("listVolumes", ("id", id))).EnsureOk().Items("volume")[0];
        Assert.Equal("Uploaded", uploaded.GetProperty("state").GetString());
        Assert.Equal(payload.Length, uploaded.GetProperty("size").GetInt64());

        var attached = InstanceFlows.JobObject(await user.CallAndWaitAsync("attachVolume", ("id", id), ("virtualmachineid", vm)), "volume");
        Assert.Equal("Ready", attached.GetProperty("state").GetString());
        Assert.Equal(vm, attached.GetProperty("virtualmachineid").GetString());
        Assert.Equal(cz.PoolId, (await Admin.CallAsync("listVolumes", ("id", id))).EnsureOk().Items("volume")[0].GetProperty("storageid").GetString());
        Assert.Equal(2, (await Admin.CallAsync("listAccounts", ("id", account.Id()))).EnsureOk().Items("account")[0].GetProperty("volumetotal").GetInt64());

        var bad = (await user.CallAsync("getUploadParamsForVolume", ("name", "broken"), ("zoneid", cz.ZoneId), ("format", "RAW"), ("checksum", sha1))).EnsureOk()["getuploadparams"];
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await client.PostAsync(bad.GetProperty("postURL").GetString(), new ByteArrayContent([1, 2, 3]))).StatusCode);
        Assert.Equal("UploadError", (await user.CallAsync("listVolumes", ("id", bad.Id()))).EnsureOk().Items("volume")[0].GetProperty("state").GetString());
        (await user.CallAsync("deleteVolume", ("id", bad.Id()))).EnsureOk();
    }

    [Fact]
    public async Task An_instance_moves_to_another_cluster_with_its_disks()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var cluster2 = (await Admin.CallAsync("addCluster", ("zoneid", cz.ZoneId), ("podid", cz.Zone.PodId), ("clustername", "second"), ("hypervisor", "Simulator"), ("clustertype", "CloudManaged"))).EnsureOk().Items("cluster")[0].Id();
        var host2 = (await Admin.CallAsync("addHost", ("zoneid", cz.ZoneId), ("podid", cz.Zone.PodId), ("clusterid", cluster2), ("hypervisor", "Simulator"), ("url", "http://sim/c2/h9"))).EnsureOk().Items("host")[0].Id();
        var pool2 = (await Admin.CallAsync("createStoragePool", ("zoneid", cz.ZoneId), ("podid", cz.Zone.PodId), ("clusterid", cluster2), ("name", "p2"), ("url", "nfs://192.0.2.12/export/" + Tenants.Unique("p2")))).EnsureOk()["storagepool"].Id();
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 300, 256);
        var disk = (await Admin.CallAsync("listDiskOfferings", ("name", "Small"))).EnsureOk().Items("diskoffering")[0].Id();
        var vm = InstanceFlows.JobObject(await Admin.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("diskofferingid", disk), ("hostid", cz.HostIds[0]))), "virtualmachine").Id();
        var volumes = (await Admin.CallAsync("listVolumes", ("virtualmachineid", vm))).EnsureOk().Items("volume");
        Assert.All(volumes, v => Assert.Equal(cz.PoolId, v.GetProperty("storageid").GetString()));

        var plain = await Admin.CallAndWaitAsync("migrateVirtualMachine", ("virtualmachineid", vm), ("hostid", host2));
        Assert.Equal(431, plain["jobresultcode"].GetInt32());
        var data = volumes.Single(v => v.GetProperty("type").GetString() == "DATADISK").Id();
        var moved = InstanceFlows.JobObject(await Admin.CallAndWaitAsync("migrateVirtualMachineWithVolume", ("virtualmachineid", vm), ("hostid", host2),
            ("migrateto[0].volume", data), ("migrateto[0].pool", pool2)), "virtualmachine");
        Assert.Equal(host2, moved.GetProperty("hostid").GetString());
        Assert.Equal("Running", moved.GetProperty("state").GetString());
        Assert.All((await Admin.CallAsync("listVolumes", ("virtualmachineid", vm))).EnsureOk().Items("volume"), v => Assert.Equal(pool2, v.GetProperty("storageid").GetString()));
    }

    [Fact]
    public async Task A_disk_attached_to_a_stopped_instance_goes_with_it_on_the_next_start_and_destroy_keeps_it()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 2);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 300, 256);
        var disk = (await Admin.CallAsync("listDiskOfferings", ("name", "Small"))).EnsureOk().Items("diskoffering")[0].Id();
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("vols"));
        var vm = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("diskofferingid", disk))), "virtualmachine").Id();
        var volumes = (await user.CallAsync("listVolumes", ("virtualmachineid", vm))).EnsureOk().Items("volume");
        Assert.Equal(2, volumes.Count);
        var data = volumes.Single(v => v.GetProperty("type").GetString() == "DATADISK");
        Assert.Equal("Ready", data.GetProperty("state").GetString());
        InstanceFlows.JobObject(await user.CallAndWaitAsync("stopVirtualMachine", ("id", vm)), "virtualmachine");
        var extra = (await user.CallAndWaitAsync("createVolume", ("zoneid", cz.ZoneId), ("diskofferingid", disk), ("virtualmachineid", vm)));
        var extraVolume = InstanceFlows.JobObject(extra, "volume");
        Assert.Equal(2, extraVolume.GetProperty("deviceid").GetInt64());
        InstanceFlows.JobObject(await user.CallAndWaitAsync("startVirtualMachine", ("id", vm)), "virtualmachine");
        InstanceFlows.JobObject(await user.CallAndWaitAsync("destroyVirtualMachine", ("id", vm)), "virtualmachine");
        var left = (await user.CallAsync("listVolumes")).EnsureOk().Items("volume");
        Assert.Equal(2, left.Count);
        Assert.All(left, v => Assert.Equal("DATADISK", v.GetProperty("type").GetString()));
        Assert.All(left, v => Assert.False(v.TryGetProperty("virtualmachineid", out JsonElement _)));
    }
}

public sealed class SqliteVolumeFlows(SqliteServerFixture fixture) : VolumeFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresVolumeFlows(PostgresServerFixture fixture) : VolumeFlows(fixture), IClassFixture<PostgresServerFixture>;
