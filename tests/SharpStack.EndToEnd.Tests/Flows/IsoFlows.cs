using System.Security.Cryptography;
using System.Text.Json;
using SharpStack.EndToEnd.Tests.TestKit;
using static SharpStack.EndToEnd.Tests.TestKit.ImageKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>ISOs: registered and downloaded like templates, listed apart from them, updated, copied, attached to instances, deleted.</summary>
public abstract class IsoFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task Isos_are_downloaded_verified_listed_apart_from_templates_updated_and_deleted()
    {
        var payload = RandomNumberGenerator.GetBytes(200_000);
        using var http = new TinyHttpServer(payload);
        var (zoneId, folder) = await FileStoreZoneAsync(Admin, fixture.Server.DataDir);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("iso"));
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("isoo"));
        var debian = await OsTypeAsync(user, "Debian GNU/Linux 12 (64-bit)");
        var ubuntu = await OsTypeAsync(user, "Ubuntu 24.04 LTS");
        var url = http.Url("/debian.iso");

        // The SSRF guard applies as to templates.
        var refused = await user.CallAsync("registerIso", ("name", "guarded"), ("url", url), ("zoneid", zoneId), ("ostypeid", debian));
        Assert.Equal(431, refused.ErrorCode);
        Assert.Contains("loopback", refused.ErrorText, StringComparison.Ordinal);
        try
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites), ("value", "127.0.0.1/32"))).EnsureOk();
            Assert.Equal(431, (await user.CallAsync("registerIso", ("name", "meta"), ("url", "http://169.254.169.254/x.iso"), ("zoneid", zoneId), ("ostypeid", debian))).ErrorCode);
            // A bootable ISO needs its OS type; featured is for root admins.
            Assert.Equal(431, (await user.CallAsync("registerIso", ("name", "noos"), ("url", url), ("zoneid", zoneId))).ErrorCode);
            Assert.Equal(531, (await user.CallAsync("registerIso", ("name", "feat"), ("url", url), ("zoneid", zoneId), ("ostypeid", debian), ("isfeatured", "true"))).ErrorCode);
            Assert.Empty((await Admin.CallAsync("listIsos", ("isofilter", "all"), ("zoneid", zoneId))).EnsureOk().Items("iso"));

            var sha256 = Convert.ToHexStringLower(SHA256.HashData(payload));
            var registered = Assert.Single((await user.CallAsync("registerIso", ("name", "debian"), ("displaytext", "Debian installer"), ("url", url),
                ("zoneid", zoneId), ("ostypeid", debian), ("ispublic", "true"), ("checksum", "{SHA-256}" + sha256))).EnsureOk().Items("iso"));
            var iso = registered.Id();
            Assert.False(registered.GetProperty("isready").GetBoolean());
            var ready = Assert.Single(await WaitIsoAsync(Admin, iso, IsReady));
            Assert.Equal("Successfully Installed", ready.GetProperty("status").GetString());
            Assert.Equal(payload.Length, ready.GetProperty("size").GetInt64());
            Assert.Equal(sha256, ready.GetProperty("checksum").GetString());
            Assert.True(ready.GetProperty("bootable").GetBoolean());
            Assert.Equal(debian, ready.GetProperty("ostypeid").GetString());
            Assert.Equal(zoneId, ready.GetProperty("zoneid").GetString());
            Assert.False(ready.TryGetProperty("format", out _));
            Assert.False(ready.TryGetProperty("hypervisor", out _));
            var file = Assert.Single(Directory.GetFiles(folder, "*.iso", SearchOption.AllDirectories));
            Assert.Equal(payload, await File.ReadAllBytesAsync(file));

            // A data ISO (not bootable) needs no OS type; it is private.
            var drivers = Assert.Single((await user.CallAsync("registerIso", ("name", "drivers"), ("url", http.Url("/drivers.iso")), ("zoneid", zoneId),
                ("bootable", "false"))).EnsureOk().Items("iso")).Id();
            Assert.False(Assert.Single(await WaitIsoAsync(Admin, drivers, IsReady)).GetProperty("bootable").GetBoolean());
            var template = Assert.Single((await user.CallAsync("registerTemplate", ("name", "disk"), ("displaytext", "disk"), ("url", http.Url("/disk.qcow2")),
                ("zoneid", zoneId), ("format", "QCOW2"), ("hypervisor", "Simulator"))).EnsureOk().Items("template")).Id();
            await WaitTemplateAsync(Admin, template, IsReady);

            // Templates and ISOs are listed apart.
            async Task<HashSet<string>> Isos(CloudClient c, params (string, string)[] args) =>
                (await c.CallAsync("listIsos", [("zoneid", zoneId), .. args])).EnsureOk().Items("iso").Select(i => i.Id()).ToHashSet();
            async Task<HashSet<string>> Templates(CloudClient c, string filter) =>
                (await c.CallAsync("listTemplates", ("templatefilter", filter), ("zoneid", zoneId))).EnsureOk().Items("template").Select(i => i.Id()).ToHashSet();
            Assert.True((await Isos(Admin, ("isofilter", "all"))).SetEquals([iso, drivers]));
            Assert.True((await Templates(Admin, "all")).SetEquals([template]));
            Assert.Empty((await user.CallAsync("listTemplates", ("templatefilter", "self"), ("id", iso))).EnsureOk().Items("template"));
            Assert.Empty((await user.CallAsync("listIsos", ("id", template))).EnsureOk().Items("iso"));

            // isofilter defaults to selfexecutable; bootable and ispublic filter.
            Assert.True((await Isos(user)).SetEquals([iso, drivers]));
            Assert.True((await Isos(user, ("bootable", "false"))).SetEquals([drivers]));
            Assert.True((await Isos(user, ("ispublic", "true"))).SetEquals([iso]));
            Assert.True((await Isos(user, ("keyword", "Debian"))).SetEquals([iso]));
            Assert.Empty(await Isos(other));
            Assert.True((await Isos(other, ("isofilter", "community"))).SetEquals([iso]));
            Assert.True((await Isos(other, ("isofilter", "executable"))).SetEquals([iso]));
            Assert.Empty(await Isos(other, ("isofilter", "featured")));
            Assert.Equal(431, (await other.CallAsync("listIsos", ("isofilter", "all"), ("id", drivers))).ErrorCode);
            Assert.Equal(431, (await user.CallAsync("listIsos", ("isofilter", "mine"))).ErrorCode);
            // Only admins and the owner see the download status and the URL.
            var seenByOther = Assert.Single((await other.CallAsync("listIsos", ("isofilter", "executable"), ("id", iso))).EnsureOk().Items("iso"));
            Assert.False(seenByOther.TryGetProperty("status", out _));
            Assert.False(seenByOther.TryGetProperty("url", out _));
            var seenByOwner = Assert.Single((await user.CallAsync("listIsos", ("id", iso))).EnsureOk().Items("iso"));
            Assert.Equal(url, seenByOwner.GetProperty("url").GetString());

            // Template commands refuse ISOs and ISO commands refuse templates.
            Assert.Equal(431, (await user.CallAsync("deleteTemplate", ("id", iso))).ErrorCode);
            Assert.Equal(431, (await user.CallAsync("deleteIso", ("id", template))).ErrorCode);
            Assert.Equal(431, (await user.CallAsync("updateIso", ("id", template), ("name", "x"))).ErrorCode);
            Assert.Equal(431, (await user.CallAsync("updateTemplate", ("id", iso), ("name", "x"))).ErrorCode);
            Assert.Equal(431, (await user.CallAsync("listTemplatePermissions", ("id", iso))).ErrorCode);

            // updateIso: the owner only.
            Assert.Equal(531, (await other.CallAsync("updateIso", ("id", iso), ("name", "stolen"))).ErrorCode);
            Assert.Equal(431, (await user.CallAsync("updateIso", ("id", iso), ("format", "QCOW2"))).ErrorCode);
            var updated = (await user.CallAsync("updateIso", ("id", iso), ("name", "ubuntu"), ("displaytext", "Ubuntu installer"), ("ostypeid", ubuntu),
                ("bootable", "false"))).EnsureOk()["iso"];
            Assert.Equal("ubuntu", updated.GetProperty("name").GetString());
            Assert.Equal(ubuntu, updated.GetProperty("ostypeid").GetString());
            Assert.False(updated.GetProperty("bootable").GetBoolean());
            Assert.True((await Isos(user, ("bootable", "false"))).SetEquals([iso, drivers]));
            Assert.Equal("Ubuntu installer", Assert.Single((await user.CallAsync("listIsos", ("name", "ubuntu"))).EnsureOk().Items("iso")).GetProperty("displaytext").GetString());

            // deleteIso: the owner only; the file goes with the copy.
            Assert.Equal(531, (await other.CallAsync("deleteIso", ("id", iso))).ErrorCode);
            (await user.CallAndWaitAsync("deleteIso", ("id", iso))).EnsureOk();
            Assert.False(File.Exists(file));
            Assert.Equal(431, (await user.CallAsync("listIsos", ("id", iso))).ErrorCode);
            (await user.CallAndWaitAsync("deleteIso", ("id", drivers), ("zoneid", zoneId))).EnsureOk();
            Assert.Empty(await Isos(Admin, ("isofilter", "all")));
            var events = (await user.CallAsync("listEvents", ("pagesize", "-1"))).EnsureOk().Items("event").Select(e => e.GetProperty("type").GetString()).ToList();
            Assert.Contains("ISO.CREATE", events);
            Assert.Contains("ISO.UPDATE", events);
            Assert.Contains("ISO.DELETE", events);
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites))).EnsureOk();
        }
    }

    [Fact]
    public async Task Isos_register_in_every_zone_and_copy_between_simulated_zones()
    {
        var first = await NfsStoreZoneAsync(Admin);
        var second = await NfsStoreZoneAsync(Admin);
        var third = await NfsStoreZoneAsync(Admin);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("isoc"));
        var os = await OsTypeAsync(user, "Other (64-bit)");

        // zoneid=-1: every zone with an image store. Other tests of this server may have file stores,
        // which really download: from loopback only, so the URL is a local one.
        using (var http = new TinyHttpServer(RandomNumberGenerator.GetBytes(1000)))
        {
            try
            {
                (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites), ("value", "127.0.0.1/32"))).EnsureOk();
                var everywhere = (await user.CallAsync("registerIso", ("name", "everywhere"), ("url", http.Url("/all.iso")), ("zoneid", "-1"), ("ostypeid", os))).EnsureOk().Items("iso");
                Assert.True(everywhere.Count >= 3, everywhere.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Single(everywhere.Select(i => i.Id()).Distinct());
                Assert.Subset(everywhere.Select(i => i.GetProperty("zoneid").GetString()!).ToHashSet(), new HashSet<string> { first, second, third });
                await WaitIsoAsync(Admin, everywhere[0].Id(), IsReady, everywhere.Count);
                (await user.CallAndWaitAsync("deleteIso", ("id", everywhere[0].Id()))).EnsureOk();
            }
            finally
            {
                (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites))).EnsureOk();
            }
        }

        var iso = Assert.Single((await user.CallAsync("registerIso", ("name", "tools"), ("url", "http://203.0.113.10/tools.iso"), ("zoneid", first), ("ostypeid", os))).EnsureOk().Items("iso")).Id();
        // Not ready yet: nothing to copy from.
        Assert.Equal(431, Code(await user.CallAndWaitAsync("copyIso", ("id", iso), ("destzoneid", second))));
        await WaitIsoAsync(Admin, iso, IsReady);
        Assert.Equal(431, Code(await user.CallAndWaitAsync("copyIso", ("id", iso))));
        Assert.Equal(431, Code(await user.CallAndWaitAsync("copyIso", ("id", iso), ("destzoneid", second), ("destzoneids", third))));
        Assert.Equal(431, Code(await user.CallAndWaitAsync("copyIso", ("id", iso), ("destzoneid", first))));
        Assert.Equal(431, Code(await user.CallAndWaitAsync("copyIso", ("id", iso), ("sourcezoneid", first), ("destzoneids", $"{second},{first}"))));
        Assert.Equal(431, Code(await user.CallAndWaitAsync("copyTemplate", ("id", iso), ("destzoneid", second))));
        Assert.Single(await WaitIsoAsync(Admin, iso, IsReady));

        var copied = JobObject(await user.CallAndWaitAsync("copyIso", ("id", iso), ("sourcezoneid", first), ("destzoneids", $"{second},{third}")), "iso");
        Assert.Equal(iso, copied.Id());
        Assert.Equal(second, copied.GetProperty("zoneid").GetString());
        Assert.True(copied.GetProperty("isready").GetBoolean());
        var rows = await WaitIsoAsync(Admin, iso, IsReady, 3);
        Assert.True(rows.Select(r => r.GetProperty("zoneid").GetString()).ToHashSet().SetEquals([first, second, third]));
        // The destination has it already.
        Assert.Equal(431, Code(await user.CallAndWaitAsync("copyIso", ("id", iso), ("destzoneid", third))));
        Assert.Contains("ISO.COPY", (await user.CallAsync("listEvents", ("type", "ISO.COPY"))).EnsureOk().Items("event").Select(e => e.GetProperty("type").GetString()));

        (await user.CallAndWaitAsync("deleteIso", ("id", iso), ("zoneid", second))).EnsureOk();
        Assert.Equal(2, (await WaitIsoAsync(Admin, iso, IsReady, 2)).Count);
        (await user.CallAndWaitAsync("deleteIso", ("id", iso))).EnsureOk();
        Assert.Equal(431, (await Admin.CallAsync("listIsos", ("id", iso))).ErrorCode);
    }

    [Fact]
    public async Task An_iso_attaches_to_a_running_or_stopped_instance_one_at_a_time_and_is_in_use_meanwhile()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 512);
        var (account, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("isoa"));
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("isob"));
        var os = await OsTypeAsync(user, "Other (64-bit)");
        async Task<string> RegisterAsync(CloudClient c, string name, string zone)
        {
            var id = Assert.Single((await c.CallAsync("registerIso", ("name", name), ("displaytext", name + " disc"), ("url", $"http://203.0.113.10/{name}.iso"),
                ("zoneid", zone), ("ostypeid", os))).EnsureOk().Items("iso")).Id();
            await WaitIsoAsync(Admin, id, IsReady);
            return id;
        }
        var tools = await RegisterAsync(user, "tools", cz.ZoneId);
        var rescue = await RegisterAsync(user, "rescue", cz.ZoneId);
        var foreign = await RegisterAsync(other, "foreign", cz.ZoneId);
        var elsewhere = await RegisterAsync(user, "elsewhere", await NfsStoreZoneAsync(Admin));
        var vm = JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine").Id();
        (string, string)[] Attach(string iso) => [("id", iso), ("virtualmachineid", vm)];

        Assert.Equal(431, (await user.CallAsync("attachIso", Attach(foreign))).ErrorCode); // another account's private ISO
        Assert.Equal(431, (await user.CallAsync("attachIso", Attach(cz.TemplateId))).ErrorCode); // a template
        Assert.Equal(431, (await user.CallAsync("attachIso", Attach(elsewhere))).ErrorCode); // not in the instance's zone
        Assert.Equal(431, (await user.CallAsync("detachIso", ("virtualmachineid", vm))).ErrorCode); // none attached

        var attached = JobObject(await user.CallAndWaitAsync("attachIso", Attach(tools)), "virtualmachine");
        Assert.Equal("Running", attached.GetProperty("state").GetString());
        Assert.Equal(tools, attached.GetProperty("isoid").GetString());
        Assert.Equal("tools", attached.GetProperty("isoname").GetString());
        Assert.Equal("tools disc", attached.GetProperty("isodisplaytext").GetString());
        Assert.Equal(tools, Assert.Single((await user.CallAsync("listVirtualMachines", ("id", vm))).EnsureOk().Items("virtualmachine")).GetProperty("isoid").GetString());
        // One ISO at a time; an attached ISO is in use.
        Assert.Equal(431, (await user.CallAsync("attachIso", Attach(rescue))).ErrorCode);
        Assert.Equal(536, (await user.CallAsync("deleteIso", ("id", tools))).ErrorCode);
        Assert.Equal(536, (await user.CallAsync("deleteIso", ("id", tools), ("zoneid", cz.ZoneId))).ErrorCode);
        Assert.Single(await WaitIsoAsync(Admin, tools, IsReady));

        var detached = JobObject(await user.CallAndWaitAsync("detachIso", ("virtualmachineid", vm)), "virtualmachine");
        Assert.False(detached.TryGetProperty("isoid", out _));

        // A stopped instance takes an ISO too, and keeps it when it starts.
        JobObject(await user.CallAndWaitAsync("stopVirtualMachine", ("id", vm)), "virtualmachine");
        Assert.Equal(rescue, JobObject(await user.CallAndWaitAsync("attachIso", Attach(rescue)), "virtualmachine").GetProperty("isoid").GetString());
        var started = JobObject(await user.CallAndWaitAsync("startVirtualMachine", ("id", vm)), "virtualmachine");
        Assert.Equal(rescue, started.GetProperty("isoid").GetString());
        JobObject(await user.CallAndWaitAsync("detachIso", ("virtualmachineid", vm)), "virtualmachine");

        // The host refusing leaves the instance as it was.
        var mock = (await Admin.CallAsync("configureSimulator", ("zoneid", cz.ZoneId), ("hostid", cz.HostIds[0]), ("name", "AttachIsoCommand"), ("value", "result:fail"))).EnsureOk()["simulatormock"];
        var failed = await user.CallAndWaitAsync("attachIso", Attach(tools));
        Assert.Equal(530, Code(failed));
        Assert.False(Assert.Single((await user.CallAsync("listVirtualMachines", ("id", vm))).EnsureOk().Items("virtualmachine")).TryGetProperty("isoid", out _));
        (await Admin.CallAsync("cleanupSimulatorMock", ("id", Arg(mock.GetProperty("id").GetInt64())))).EnsureOk();

        // Shared with the account, another account's ISO attaches.
        (await other.CallAsync("updateIsoPermissions", ("id", foreign), ("accounts", account.GetProperty("name").GetString()!), ("op", "add"))).EnsureOk();
        Assert.Equal(foreign, JobObject(await user.CallAndWaitAsync("attachIso", Attach(foreign)), "virtualmachine").GetProperty("isoid").GetString());
        Assert.Equal(536, (await other.CallAsync("deleteIso", ("id", foreign))).ErrorCode);
        JobObject(await user.CallAndWaitAsync("detachIso", ("virtualmachineid", vm)), "virtualmachine");
        (await other.CallAndWaitAsync("deleteIso", ("id", foreign))).EnsureOk();

        var events = (await user.CallAsync("listEvents", ("pagesize", "-1"))).EnsureOk().Items("event").Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Contains("ISO.ATTACH", events);
        Assert.Contains("ISO.DETACH", events);
        (await user.CallAndWaitAsync("deleteIso", ("id", tools))).EnsureOk();
        (await Admin.CallAndWaitAsync("destroyVirtualMachine", ("id", vm), ("expunge", "true"))).EnsureOk();
    }
}

public sealed class SqliteIsoFlows(SqliteServerFixture fixture) : IsoFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresIsoFlows(PostgresServerFixture fixture) : IsoFlows(fixture), IClassFixture<PostgresServerFixture>;
