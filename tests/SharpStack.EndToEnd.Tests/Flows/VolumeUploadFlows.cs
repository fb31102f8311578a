using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>uploadVolume from a URL into a real or simulated image store, and extractVolume back out through a signed link.</summary>
public abstract class VolumeUploadFlows(ServerFixture fixture)
{
    private const string AllowedSites = "secstorage.allowed.internal.sites";
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task A_volume_is_fetched_from_a_url_checked_counted_extracted_and_attached()
    {
        var payload = RandomNumberGenerator.GetBytes(300_000);
        using var http = new TinyHttpServer(payload);
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var fileStore = await AddFileStoreAsync(cz.ZoneId);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 300, 256);
        var (account, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("upl"));
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("uplx"));
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(payload));
        try
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites), ("value", "127.0.0.1/32"))).EnsureOk();
            var queued = InstanceFlows.JobObject(await user.CallAndWaitAsync("uploadVolume", ("name", "fetched"), ("zoneid", cz.ZoneId), ("format", "QCOW2"),
                ("url", http.Url("/disk.qcow2")), ("checksum", "{SHA-256}" + sha256), ("imagestoreuuid", fileStore)), "volume");
            Assert.Contains(queued.GetProperty("state").GetString(), new[] { "UploadOp", "Uploaded" }); // a small file may be fetched before the job answers
            var id = queued.Id();
            var uploaded = await WaitForStateAsync(user, id, "Uploaded");
            Assert.Equal(payload.Length, uploaded.GetProperty("size").GetInt64());
            Assert.Equal("Download Complete", uploaded.GetProperty("status").GetString());
            Assert.Equal(payload.Length, await SecondaryStorageAsync(account));

            var corrupt = InstanceFlows.JobObject(await user.CallAndWaitAsync("uploadVolume", ("name", "corrupt"), ("zoneid", cz.ZoneId), ("format", "QCOW2"),
                ("url", http.Url("/disk.qcow2")), ("checksum", new string('0', 64)), ("imagestoreuuid", fileStore)), "volume").Id();
            var failed = await WaitForStateAsync(user, corrupt, "UploadError");
            Assert.StartsWith("Checksum mismatch", failed.GetProperty("status").GetString(), StringComparison.Ordinal);
            (await user.CallAsync("deleteVolume", ("id", corrupt))).EnsureOk();

            Assert.Equal(431, (await other.CallAsync("extractVolume", ("id", id), ("zoneid", cz.ZoneId), ("mode", "HTTP_DOWNLOAD"))).ErrorCode);
            Assert.Equal(431, (await user.CallAsync("extractVolume", ("id", id), ("zoneid", cz.ZoneId), ("mode", "FTP_UPLOAD"))).ErrorCode);
            var extracted = InstanceFlows.JobObject(await user.CallAndWaitAsync("extractVolume", ("id", id), ("zoneid", cz.ZoneId), ("mode", "HTTP_DOWNLOAD")), "volume");
            Assert.Equal("DOWNLOAD_URL_CREATED", extracted.GetProperty("state").GetString());
            Assert.Equal(id, extracted.GetProperty("id").GetString());
            using var client = new HttpClient();
            var url = extracted.GetProperty("url").GetString()!;
            Assert.Equal(payload, await client.GetByteArrayAsync(url));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url[..^4] + (url[^4..] == "AAAA" ? "BBBB" : "AAAA"))).StatusCode);

            var vm = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine").Id();
            Assert.Equal("Ready", InstanceFlows.JobObject(await user.CallAndWaitAsync("attachVolume", ("id", id), ("virtualmachineid", vm)), "volume").GetProperty("state").GetString());
            Assert.Equal(0, await SecondaryStorageAsync(account));
            var running = await user.CallAsync("extractVolume", ("id", id), ("zoneid", cz.ZoneId), ("mode", "HTTP_DOWNLOAD"));
            Assert.Equal(531, running.ErrorCode);
            Assert.Contains("detached or the VM should be in stopped state", running.ErrorText, StringComparison.Ordinal);
            InstanceFlows.JobObject(await user.CallAndWaitAsync("stopVirtualMachine", ("id", vm)), "virtualmachine");
            var simulated = await user.CallAsync("extractVolume", ("id", id), ("zoneid", cz.ZoneId), ("mode", "HTTP_DOWNLOAD"));
            Assert.Equal(431, simulated.ErrorCode);
            Assert.Contains("no bytes to extract", simulated.ErrorText, StringComparison.Ordinal);
            Assert.Equal(2, (await Admin.CallAsync("listAccounts", ("id", account.Id()))).EnsureOk().Items("account")[0].GetProperty("volumetotal").GetInt64());
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites))).EnsureOk();
        }
    }

    [Fact]
    public async Task A_slow_download_shows_its_progress_and_cannot_be_deleted_meanwhile()
    {
        var payload = RandomNumberGenerator.GetBytes(400_000);
        using var http = new TinyHttpServer(payload, TimeSpan.FromMilliseconds(120));
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var fileStore = await AddFileStoreAsync(cz.ZoneId);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("upp"));
        try
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites), ("value", "127.0.0.1/32"))).EnsureOk();
            var id = (await user.CallAsync("uploadVolume", ("name", "slow"), ("zoneid", cz.ZoneId), ("format", "RAW"), ("url", http.Url("/disk.raw")),
                ("imagestoreuuid", fileStore))).EnsureOk().Str("jobid");
            var volumeId = InstanceFlows.JobObject(await user.WaitForJobAsync(id), "volume").Id();
            var deadline = DateTime.UtcNow.AddSeconds(20);
            string? status;
            do
            {
                Assert.True(DateTime.UtcNow < deadline, "no progress was shown");
                status = (await user.CallAsync("listVolumes", ("id", volumeId))).EnsureOk().Items("volume")[0].GetProperty("status").GetString();
                await Task.Delay(100);
            }
            while (status is null || !status.EndsWith("% Downloaded", StringComparison.Ordinal) || status.StartsWith("0%", StringComparison.Ordinal));
            Assert.Equal(431, (await user.CallAsync("deleteVolume", ("id", volumeId))).ErrorCode);
            Assert.Equal(payload.Length, (await WaitForStateAsync(user, volumeId, "Uploaded")).GetProperty("size").GetInt64());
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites))).EnsureOk();
        }
    }

    [Fact]
    public async Task A_simulated_store_checks_the_url_and_marks_the_volume_uploaded_without_bytes()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("ups"));
        var id = InstanceFlows.JobObject(await user.CallAndWaitAsync("uploadVolume", ("name", "simulated"), ("zoneid", cz.ZoneId), ("format", "RAW"),
            ("url", "http://192.0.2.80/disk.raw")), "volume").Id();
        var uploaded = await WaitForStateAsync(user, id, "Uploaded");
        Assert.Equal(0, uploaded.GetProperty("size").GetInt64());
        var extract = await user.CallAsync("extractVolume", ("id", id), ("zoneid", cz.ZoneId), ("mode", "HTTP_DOWNLOAD"));
        Assert.Equal(431, extract.ErrorCode);
        Assert.Contains("simulated image store", extract.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_uploads_are_refused_with_upstream_codes_and_leave_nothing_behind()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var fixedOffering = (await Admin.CallAsync("listDiskOfferings", ("name", "Small"))).EnsureOk().Items("diskoffering")[0].Id();
        var (account, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("upb"));
        (string, string)[] Upload(params (string, string)[] overrides)
        {
            var args = new Dictionary<string, string> { ["name"] = "bad", ["zoneid"] = cz.ZoneId, ["format"] = "QCOW2", ["url"] = "http://192.0.2.80/disk.qcow2" };
            foreach (var (k, v) in overrides)
            {
                args[k] = v;
            }
            return args.Select(kv => (kv.Key, kv.Value)).ToArray();
        }
        Assert.Equal(431, (await user.CallAsync("uploadVolume", Upload(("url", "http://127.0.0.1:1/disk.qcow2")))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("uploadVolume", Upload(("url", "http://169.254.169.254/latest/meta-data")))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("uploadVolume", Upload(("url", "file:///etc/passwd")))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("uploadVolume", Upload(("url", "ftp://192.0.2.80/disk.qcow2")))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("uploadVolume", Upload(("format", "EXE")))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("uploadVolume", Upload(("checksum", "not-hex")))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("uploadVolume", Upload(("diskofferingid", fixedOffering)))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("uploadVolume", Upload(("imagestoreuuid", Guid.NewGuid().ToString())))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("uploadVolume", Upload(("zoneid", Guid.NewGuid().ToString())))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("uploadVolume", ("name", "x"), ("zoneid", cz.ZoneId), ("format", "QCOW2"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("extractVolume", ("id", Guid.NewGuid().ToString()), ("zoneid", cz.ZoneId), ("mode", "HTTP_DOWNLOAD"))).ErrorCode);
        Assert.Empty((await user.CallAsync("listVolumes")).EnsureOk().Items("volume"));
        Assert.Equal(0, (await Admin.CallAsync("listAccounts", ("id", account.Id()))).EnsureOk().Items("account")[0].GetProperty("volumetotal").GetInt64());

        var disabled = await TestZone.CreateAsync(Admin);
        Assert.Equal(431, (await user.CallAsync("uploadVolume", Upload(("zoneid", disabled.ZoneId)))).ErrorCode); // only root admins see disabled zones
        Assert.Empty((await user.CallAsync("listVolumes")).EnsureOk().Items("volume"));

        var accountName = account.GetProperty("name").GetString()!;
        var domainId = account.GetProperty("domainid").GetString()!;
        (await Admin.CallAsync("updateResourceLimit", ("account", accountName), ("domainid", domainId), ("resourcetype", "2"), ("max", "0"))).EnsureOk();
        Assert.Equal(535, (await user.CallAsync("uploadVolume", Upload())).ErrorCode);
        Assert.Empty((await user.CallAsync("listVolumes")).EnsureOk().Items("volume"));
    }

    [Fact]
    public async Task Downloaded_template_copies_count_against_secondary_storage_and_its_limit()
    {
        var payload = RandomNumberGenerator.GetBytes(120_000);
        using var http = new TinyHttpServer(payload);
        var zone = await TestZone.CreateAsync(Admin);
        var second = await TestZone.CreateAsync(Admin);
        foreach (var z in new[] { zone, second })
        {
            await AddFileStoreAsync(z.ZoneId);
            (await Admin.CallAsync("updateZone", ("id", z.ZoneId), ("allocationstate", "Enabled"))).EnsureOk();
        }
        var (account, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("tss"));
        try
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites), ("value", "127.0.0.1/32"))).EnsureOk();
            (string, string)[] Register(string name) => [("name", name), ("displaytext", name), ("url", http.Url("/t.qcow2")), ("zoneid", zone.ZoneId), ("format", "QCOW2"), ("hypervisor", "Simulator")];
            var id = (await user.CallAsync("registerTemplate", Register("counted"))).EnsureOk().Items("template")[0].Id();
            await WaitForTemplateAsync(user, id, t => t.GetProperty("isready").GetBoolean());
            Assert.Equal(payload.Length, await SecondaryStorageAsync(account));

            (await Admin.CallAsync("updateResourceLimit", ("account", account.GetProperty("name").GetString()!), ("domainid", account.GetProperty("domainid").GetString()!),
                ("resourcetype", "11"), ("max", "0"))).EnsureOk();
            var refused = (await user.CallAsync("registerTemplate", Register("over"))).EnsureOk().Items("template")[0].Id();
            await WaitForTemplateAsync(user, refused, t => t.GetProperty("status").GetString()!.Contains("secondary_storage", StringComparison.Ordinal));
            var copy = await user.CallAndWaitAsync("copyTemplate", ("id", id), ("sourcezoneid", zone.ZoneId), ("destzoneid", second.ZoneId));
            Assert.Equal(535, copy["jobresultcode"].GetInt32());
            Assert.Single((await user.CallAsync("listTemplates", ("templatefilter", "self"), ("id", id))).EnsureOk().Items("template"));
            (await user.CallAndWaitAsync("deleteTemplate", ("id", id))).EnsureOk();
            Assert.Equal(0, await SecondaryStorageAsync(account));
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites))).EnsureOk();
        }
    }

    private static async Task WaitForTemplateAsync(CloudClient client, string id, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var template = (await client.CallAsync("listTemplates", ("templatefilter", "self"), ("id", id))).EnsureOk().Items("template")[0];
            if (done(template))
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"template {id}: {template}");
            await Task.Delay(200);
        }
    }

    private async Task<string> AddFileStoreAsync(string zoneId)
    {
        var folder = Path.Combine(fixture.Server.DataDir, Tenants.Unique("images"));
        return (await Admin.CallAsync("addImageStore", ("provider", "NFS"), ("zoneid", zoneId), ("name", "file"), ("url", "file://" + folder))).EnsureOk()["imagestore"].Id();
    }

    /// <summary>The account's secondary_storage count in bytes, as a recount finds it.</summary>
    private async Task<long> SecondaryStorageAsync(JsonElement account)
    {
        var counted = (await Admin.CallAsync("updateResourceCount", ("account", account.GetProperty("name").GetString()!),
            ("domainid", account.GetProperty("domainid").GetString()!), ("resourcetype", "11"))).EnsureOk().Items("resourcecount");
        return counted[0].GetProperty("resourcecount").GetInt64();
    }

    internal static async Task<JsonElement> WaitForStateAsync(CloudClient client, string id, string state)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var volume = (await client.CallAsync("listVolumes", ("id", id))).EnsureOk().Items("volume")[0];
            if (volume.GetProperty("state").GetString() == state)
            {
                return volume;
            }
            Assert.True(DateTime.UtcNow < deadline, $"volume {id} did not become {state}: {volume}");
            await Task.Delay(200);
        }
    }
}

public sealed class SqliteVolumeUploadFlows(SqliteServerFixture fixture) : VolumeUploadFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresVolumeUploadFlows(PostgresServerFixture fixture) : VolumeUploadFlows(fixture), IClassFixture<PostgresServerFixture>;
