using System.Net;
using System.Security.Cryptography;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>A template registered from a URL, copied to a second zone, extracted there and downloaded through the link.</summary>
public abstract class TemplateExtractFlows(ServerFixture fixture)
{
    private const string AllowedSites = "secstorage.allowed.internal.sites";
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task A_template_is_registered_copied_to_a_second_zone_extracted_and_downloaded()
    {
        var payload = RandomNumberGenerator.GetBytes(200_000);
        using var http = new TinyHttpServer(payload);
        var first = await ZoneWithFileStoreAsync();
        var second = await ZoneWithFileStoreAsync();
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("ext"));
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("extx"));
        try
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites), ("value", "127.0.0.1/32"))).EnsureOk();
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(payload));
            var id = (await user.CallAsync("registerTemplate", ("name", "extractable"), ("displaytext", "extractable"), ("url", http.Url("/disk.qcow2")),
                ("zoneid", first), ("format", "QCOW2"), ("hypervisor", "Simulator"), ("isextractable", "true"), ("checksum", "{SHA-256}" + sha256))).EnsureOk().Items("template")[0].Id();
            await WaitReadyAsync(user, id, first);

            (await user.CallAndWaitAsync("copyTemplate", ("id", id), ("sourcezoneid", first), ("destzoneid", second))).EnsureOk();
            await WaitReadyAsync(user, id, second);

            Assert.Equal(431, (await user.CallAsync("extractTemplate", ("id", id), ("mode", "FTP_UPLOAD"))).ErrorCode);
            Assert.Equal(431, (await other.CallAsync("extractTemplate", ("id", id), ("mode", "HTTP_DOWNLOAD"))).ErrorCode);
            var extracted = InstanceFlows.JobObject(await user.CallAndWaitAsync("extractTemplate", ("id", id), ("mode", "HTTP_DOWNLOAD"), ("zoneid", second)), "template");
            Assert.Equal("DOWNLOAD_URL_CREATED", extracted.GetProperty("state").GetString());
            Assert.Equal(second, extracted.GetProperty("zoneid").GetString());
            var url = extracted.GetProperty("url").GetString()!;
            Assert.StartsWith(fixture.Server.BaseUrl, url, StringComparison.Ordinal);

            using var client = new HttpClient();
            Assert.Equal(payload, await client.GetByteArrayAsync(url));
            var forged = url[..^4] + (url[^4..] == "AAAA" ? "BBBB" : "AAAA");
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(forged)).StatusCode);

            (await Admin.CallAsync("updateConfiguration", ("name", "disable.extraction"), ("value", "true"))).EnsureOk();
            Assert.Equal(531, (await user.CallAsync("extractTemplate", ("id", id), ("mode", "HTTP_DOWNLOAD"))).ErrorCode);
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites))).EnsureOk();
            (await Admin.CallAsync("updateConfiguration", ("name", "disable.extraction"))).EnsureOk();
        }
    }

    [Fact]
    public async Task A_browser_uploads_a_template_through_the_signed_post_url_once()
    {
        var payload = RandomNumberGenerator.GetBytes(150_000);
        var zone = await ZoneWithFileStoreAsync();
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("up"));
        var md5 = Convert.ToHexStringLower(MD5.HashData(payload));
        var upload = (await user.CallAsync("getUploadParamsForTemplate", ("name", "uploaded"), ("displaytext", "uploaded"), ("format", "QCOW2"),
            ("hypervisor", "Simulator"), ("zoneid", zone), ("checksum", md5), ("isextractable", "true"))).EnsureOk()["getuploadparams"];
        var id = upload.Id();
        var postUrl = upload.GetProperty("postURL").GetString()!;
        Assert.EndsWith(upload.GetProperty("signature").GetString()!, postUrl, StringComparison.Ordinal);
        var pending = (await user.CallAsync("listTemplates", ("templatefilter", "self"), ("id", id))).EnsureOk().Items("template")[0];
        Assert.Equal("Not Uploaded", pending.GetProperty("status").GetString());

        using var client = new HttpClient();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(postUrl[..^3] + "xyz", new ByteArrayContent(payload))).StatusCode);
        using (var form = new MultipartFormDataContent { { new ByteArrayContent(payload), "file", "disk.qcow2" } })
        {
            var posted = await client.PostAsync(postUrl, form);
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync(postUrl, new ByteArrayContent(payload))).StatusCode);
        var ready = (await user.CallAsync("listTemplates", ("templatefilter", "self"), ("id", id))).EnsureOk().Items("template")[0];
        Assert.True(ready.GetProperty("isready").GetBoolean());
        Assert.Equal(payload.Length, ready.GetProperty("size").GetInt64());
        var extracted = InstanceFlows.JobObject(await user.CallAndWaitAsync("extractTemplate", ("id", id), ("mode", "HTTP_DOWNLOAD")), "template");
        Assert.Equal(payload, await client.GetByteArrayAsync(extracted.GetProperty("url").GetString()));

        var bad = (await user.CallAsync("getUploadParamsForTemplate", ("name", "corrupt"), ("format", "QCOW2"), ("hypervisor", "Simulator"),
            ("zoneid", zone), ("checksum", md5))).EnsureOk()["getuploadparams"];
        var refused = await client.PostAsync(bad.GetProperty("postURL").GetString(), new ByteArrayContent(RandomNumberGenerator.GetBytes(1000)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var failed = (await user.CallAsync("listTemplates", ("templatefilter", "self"), ("id", bad.Id()))).EnsureOk().Items("template")[0];
        Assert.StartsWith("Checksum mismatch", failed.GetProperty("status").GetString(), StringComparison.Ordinal);
        Assert.False(failed.GetProperty("isready").GetBoolean());
    }

    [Fact]
    public async Task Users_make_templates_public_only_when_allowed_and_never_decide_extractability()
    {
        var zone = await ZoneWithFileStoreAsync();
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("pub"));
        var id = (await user.CallAsync("getUploadParamsForTemplate", ("name", "mine"), ("format", "QCOW2"), ("hypervisor", "Simulator"), ("zoneid", zone))).EnsureOk()["getuploadparams"].Id();
        Assert.Equal(531, (await user.CallAsync("updateTemplatePermissions", ("id", id), ("isextractable", "true"))).ErrorCode);
        (await Admin.CallAsync("updateConfiguration", ("name", "allow.public.user.templates"), ("value", "false"))).EnsureOk();
        try
        {
            Assert.Equal(531, (await user.CallAsync("updateTemplatePermissions", ("id", id), ("ispublic", "true"))).ErrorCode);
            Assert.Equal(531, (await user.CallAsync("getUploadParamsForTemplate", ("name", "public"), ("format", "QCOW2"), ("hypervisor", "Simulator"), ("zoneid", zone), ("ispublic", "true"))).ErrorCode);
            (await Admin.CallAsync("updateTemplatePermissions", ("id", id), ("ispublic", "true"))).EnsureOk();
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", "allow.public.user.templates"))).EnsureOk();
        }
        (await user.CallAsync("updateTemplatePermissions", ("id", id), ("ispublic", "false"))).EnsureOk();
    }

    private async Task<string> ZoneWithFileStoreAsync()
    {
        var zone = await TestZone.CreateAsync(Admin);
        var folder = Path.Combine(fixture.Server.DataDir, Tenants.Unique("images"));
        (await Admin.CallAsync("addImageStore", ("provider", "NFS"), ("zoneid", zone.ZoneId), ("name", "sec"), ("url", "file://" + folder))).EnsureOk();
        (await Admin.CallAsync("updateZone", ("id", zone.ZoneId), ("allocationstate", "Enabled"))).EnsureOk();
        return zone.ZoneId;
    }

    private static async Task WaitReadyAsync(CloudClient client, string id, string zoneId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var listed = (await client.CallAsync("listTemplates", ("templatefilter", "self"), ("id", id), ("zoneid", zoneId))).EnsureOk().Items("template");
            if (listed.Count == 1 && listed[0].GetProperty("isready").GetBoolean())
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"the template's copy in zone {zoneId} did not become ready: {(listed.Count == 1 ? listed[0].GetProperty("status").GetString() : "no copy")}");
            await Task.Delay(200);
        }
    }
}

public sealed class SqliteTemplateExtractFlows(SqliteServerFixture fixture) : TemplateExtractFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresTemplateExtractFlows(PostgresServerFixture fixture) : TemplateExtractFlows(fixture), IClassFixture<PostgresServerFixture>;
