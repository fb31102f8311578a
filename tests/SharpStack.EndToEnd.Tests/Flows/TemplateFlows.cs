using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Templates: registered from http URLs, really downloaded into file image stores, listed by filter, deleted.</summary>
public abstract class TemplateFlows(ServerFixture fixture)
{
    private const string AllowedSites = "secstorage.allowed.internal.sites";
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task Downloads_are_guarded_verified_stored_and_deleted()
    {
        var payload = RandomNumberGenerator.GetBytes(300_000);
        using var http = new TinyHttpServer(payload);
        var (zoneId, folder) = await ZoneWithFileStoreAsync();
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("tpl"));
        var url = http.Url("/disk.qcow2");

        var refused = await user.CallAsync("registerTemplate", Args("guarded", url, zoneId));
        Assert.Equal(431, refused.ErrorCode);
        Assert.True(refused.ErrorText.Contains("loopback", StringComparison.Ordinal), refused.ErrorText);
        try
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites), ("value", "127.0.0.1/32"))).EnsureOk();
            var metadata = await user.CallAsync("registerTemplate", Args("metadata", "http://169.254.169.254/latest/meta-data", zoneId));
            Assert.Equal(431, metadata.ErrorCode);

            var sha256 = Convert.ToHexStringLower(SHA256.HashData(payload));
            var registered = (await user.CallAsync("registerTemplate", [.. Args("good", url, zoneId), ("checksum", "{SHA-256}" + sha256)])).EnsureOk().Items("template");
            var id = Assert.Single(registered).Id();
            var ready = await WaitAsync(user, id, t => t.GetProperty("isready").GetBoolean());
            Assert.Equal("Download Complete", ready.GetProperty("status").GetString());
            Assert.Equal(payload.Length, ready.GetProperty("size").GetInt64());
            Assert.Equal("QCOW2", ready.GetProperty("format").GetString());
            Assert.Equal("Other (64-bit)", ready.GetProperty("ostypename").GetString());
            var file = Assert.Single(Directory.GetFiles(folder, "*.qcow2", SearchOption.AllDirectories));
            Assert.Equal(payload, await File.ReadAllBytesAsync(file));

            var wrongMd5 = Convert.ToHexStringLower(MD5.HashData(Encoding.ASCII.GetBytes("something else")));
            var bad = Assert.Single((await user.CallAsync("registerTemplate", [.. Args("bad", url, zoneId), ("checksum", wrongMd5)])).EnsureOk().Items("template")).Id();
            var failed = await WaitAsync(user, bad, t => t.GetProperty("status").GetString()!.StartsWith("Checksum mismatch", StringComparison.Ordinal));
            Assert.False(failed.GetProperty("isready").GetBoolean());
            Assert.Contains(wrongMd5, failed.GetProperty("status").GetString(), StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(folder, "*.part", SearchOption.AllDirectories));
            Assert.Single(Directory.GetFiles(folder, "*.qcow2", SearchOption.AllDirectories));

            (await user.CallAndWaitAsync("deleteTemplate", ("id", id))).EnsureOk();
            Assert.False(File.Exists(file));
            Assert.Equal(431, (await user.CallAsync("listTemplates", ("templatefilter", "self"), ("id", id))).ErrorCode);
            Assert.DoesNotContain(id, (await Admin.CallAsync("listTemplates", ("templatefilter", "all"))).Body, StringComparison.Ordinal);
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites))).EnsureOk();
        }
    }

    [Fact]
    public async Task Filters_show_each_caller_what_upstream_shows()
    {
        var payload = RandomNumberGenerator.GetBytes(1000);
        using var http = new TinyHttpServer(payload);
        var (zoneId, _) = await ZoneWithFileStoreAsync();
        var (aAccount, a) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("ta"));
        var (_, b) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("tb"));
        try
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites), ("value", "127.0.0.1/32"))).EnsureOk();
            var url = http.Url("/t.raw");
            Assert.Equal(531, (await a.CallAsync("registerTemplate", [.. Args("nope", url, zoneId), ("isfeatured", "true")])).ErrorCode);
            var priv = Single(await a.CallAsync("registerTemplate", Args("private", url, zoneId)));
            var community = Single(await a.CallAsync("registerTemplate", [.. Args("community", url, zoneId), ("ispublic", "true")]));
            var featured = Single(await Admin.CallAsync("registerTemplate", [.. Args("featured", url, zoneId), ("ispublic", "true"), ("isfeatured", "true")]));
            foreach (var id in new[] { priv, community, featured })
            {
                await WaitAsync(Admin, id, t => t.GetProperty("isready").GetBoolean());
            }

            async Task<HashSet<string>> Ids(CloudClient c, string filter) =>
                (await c.CallAsync("listTemplates", ("templatefilter", filter), ("zoneid", zoneId))).EnsureOk().Items("template").Select(t => t.Id()).ToHashSet();

            foreach (var filter in new[] { "featured", "self", "selfexecutable", "sharedexecutable", "executable", "community", "all" })
            {
                Assert.DoesNotContain(priv, await Ids(b, filter));
            }
            Assert.Equal(431, (await b.CallAsync("listTemplates", ("templatefilter", "all"), ("id", priv))).ErrorCode);
            Assert.Equal(431, (await b.CallAndWaitAsync("deleteTemplate", ("id", priv))).ErrorCode);
            Assert.Contains(featured, await Ids(b, "featured"));
            Assert.Contains(featured, await Ids(b, "executable"));
            Assert.DoesNotContain(community, await Ids(b, "featured"));
            Assert.Contains(community, await Ids(b, "community"));
            Assert.DoesNotContain(featured, await Ids(b, "community"));
            Assert.Empty(await Ids(b, "self"));
            Assert.True((await Ids(a, "self")).SetEquals([priv, community]));
            Assert.Equal(3, (await Ids(a, "executable")).Intersect([priv, community, featured]).Count());
            Assert.Empty(await Ids(a, "sharedexecutable"));
            Assert.Contains(priv, await Ids(Admin, "all"));
            var paged = (await Admin.CallAsync("listTemplates", ("templatefilter", "all"), ("zoneid", zoneId), ("page", "1"), ("pagesize", "2"))).EnsureOk();
            Assert.Equal(3, paged.Count);
            Assert.Equal(2, paged.Items("template").Count);
            Assert.Equal(531, (await b.CallAndWaitAsync("deleteTemplate", ("id", community))).ErrorCode);
            (await Admin.CallAndWaitAsync("deleteTemplate", ("id", community), ("zoneid", zoneId))).EnsureOk();
            Assert.DoesNotContain(community, await Ids(a, "self"));
            await Admin.CallAndWaitAsync("deleteAccount", ("id", aAccount.Id()));
            Assert.DoesNotContain(priv, await Ids(Admin, "all"));
            Assert.Contains(featured, await Ids(Admin, "all"));
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites))).EnsureOk();
        }
    }

    [Fact]
    public async Task Downloads_larger_than_the_limit_fail_and_leave_no_file()
    {
        using var http = new TinyHttpServer(RandomNumberGenerator.GetBytes(2000));
        var (zoneId, folder) = await ZoneWithFileStoreAsync();
        try
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites), ("value", "127.0.0.1/32"))).EnsureOk();
            (await Admin.CallAsync("updateConfiguration", ("name", "max.template.iso.size"), ("value", "0"))).EnsureOk();
            var id = Single(await Admin.CallAsync("registerTemplate", Args("huge", http.Url("/huge.qcow2"), zoneId)));
            var failed = await WaitAsync(Admin, id, t => t.GetProperty("status").GetString()!.Contains("max.template.iso.size", StringComparison.Ordinal));
            Assert.False(failed.GetProperty("isready").GetBoolean());
            Assert.Empty(Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
            (await Admin.CallAndWaitAsync("deleteTemplate", ("id", id))).EnsureOk();
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", "max.template.iso.size"))).EnsureOk();
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites))).EnsureOk();
        }
    }

    [Fact]
    public async Task Nfs_stores_in_simulator_zones_are_simulated()
    {
        var zone = await TestZone.CreateAsync(Admin);
        (await Admin.CallAsync("addImageStore", ("provider", "NFS"), ("zoneid", zone.ZoneId), ("name", "nfs"), ("url", "nfs://192.0.2.20/export/secondary"))).EnsureOk();
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("tn"));
        (await Admin.CallAsync("updateZone", ("id", zone.ZoneId), ("allocationstate", "Enabled"))).EnsureOk();
        var all = await user.CallAsync("registerTemplate", Args("everywhere", "http://127.0.0.1/x.qcow2", "-1"));
        Assert.True(all.ErrorText.Contains("loopback", StringComparison.Ordinal), all.ErrorText);
        var registered = Assert.Single((await user.CallAsync("registerTemplate", Args("simulated", "http://203.0.113.10/disk.qcow2", zone.ZoneId))).EnsureOk().Items("template"));
        Assert.False(registered.GetProperty("isready").GetBoolean());
        Assert.Equal("Not Downloaded", registered.GetProperty("status").GetString());
        var ready = await WaitAsync(user, registered.Id(), t => t.GetProperty("isready").GetBoolean());
        Assert.Equal("Download Complete", ready.GetProperty("status").GetString());
        Assert.Equal(0, ready.GetProperty("size").GetInt64());
        (await user.CallAndWaitAsync("deleteTemplate", ("id", registered.Id()), ("zoneid", zone.ZoneId))).EnsureOk();
        Assert.Empty((await user.CallAsync("listTemplates", ("templatefilter", "self"))).EnsureOk().Items("template"));
    }

    private static string Single(ApiReply reply) => Assert.Single(reply.EnsureOk().Items("template")).Id();

    private static (string, string)[] Args(string name, string url, string zoneId) =>
        [("name", name), ("displaytext", name), ("url", url), ("zoneid", zoneId), ("format", url.EndsWith(".raw", StringComparison.Ordinal) ? "RAW" : "QCOW2"), ("hypervisor", "Simulator")];

    private async Task<(string ZoneId, string Folder)> ZoneWithFileStoreAsync()
    {
        var zone = await TestZone.CreateAsync(Admin);
        var folder = Path.Combine(fixture.Server.DataDir, Tenants.Unique("images"));
        (await Admin.CallAsync("addImageStore", ("provider", "NFS"), ("zoneid", zone.ZoneId), ("name", "sec"), ("url", "file://" + folder))).EnsureOk();
        (await Admin.CallAsync("updateZone", ("id", zone.ZoneId), ("allocationstate", "Enabled"))).EnsureOk();
        return (zone.ZoneId, folder);
    }

    private static async Task<JsonElement> WaitAsync(CloudClient client, string id, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var template = Assert.Single((await client.CallAsync("listTemplates", ("templatefilter", "all"), ("id", id), ("listall", "true"))).EnsureOk().Items("template"));
            if (until(template))
            {
                return template;
            }
            Assert.True(DateTime.UtcNow < deadline, $"template {id} stayed at {template.GetProperty("status")}");
            await Task.Delay(100);
        }
    }
}

public sealed class SqliteTemplateFlows(SqliteServerFixture fixture) : TemplateFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresTemplateFlows(PostgresServerFixture fixture) : TemplateFlows(fixture), IClassFixture<PostgresServerFixture>;
