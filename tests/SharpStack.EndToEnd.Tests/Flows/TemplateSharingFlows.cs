using System.Security.Cryptography;
using SharpStack.EndToEnd.Tests.TestKit;
using static SharpStack.EndToEnd.Tests.TestKit.ImageKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>updateTemplate, template permissions (sharing with accounts, public, featured) and copyTemplate.</summary>
public abstract class TemplateSharingFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task A_template_shared_with_an_account_is_listed_and_deployed_by_it_until_unshared()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 512);
        var (ownerAccount, owner) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("shown"));
        var (friendAccount, friend) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("shfr"));
        var elsewhere = await Tenants.CreateDomainAsync(Admin, Tenants.Unique("shdom"));
        var (strangerAccount, stranger) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("shst"), domainId: elsewhere.Id());
        var friendName = friendAccount.GetProperty("name").GetString()!;
        var ownerName = ownerAccount.GetProperty("name").GetString()!;
        var template = Assert.Single((await owner.CallAsync("registerTemplate", ("name", "golden"), ("displaytext", "golden image"), ("url", "http://203.0.113.10/golden.qcow2"),
            ("zoneid", cz.ZoneId), ("format", "QCOW2"), ("hypervisor", "Simulator"))).EnsureOk().Items("template")).Id();
        await WaitTemplateAsync(Admin, template, IsReady);
        (string, string)[] Deploy() => [("zoneid", cz.ZoneId), ("templateid", template), ("serviceofferingid", offering), ("rootdisksize", "2")];
        async Task<HashSet<string>> Ids(CloudClient c, string filter) =>
            (await c.CallAsync("listTemplates", ("templatefilter", filter), ("zoneid", cz.ZoneId))).EnsureOk().Items("template").Select(t => t.Id()).ToHashSet();
        async Task<List<string>> Permitted(CloudClient c)
        {
            var permission = (await c.CallAsync("listTemplatePermissions", ("id", template))).EnsureOk()["templatepermission"];
            Assert.Equal(template, permission.Id());
            return permission.TryGetProperty("account", out var names) ? names.EnumerateArray().Select(n => n.GetString()!).ToList() : [];
        }

        // Private: only the owner.
        Assert.Equal(431, (await friend.CallAsync("listTemplates", ("templatefilter", "all"), ("id", template))).ErrorCode);
        Assert.Equal(431, (await friend.CallAsync("deployVirtualMachine", Deploy())).ErrorCode);
        Assert.Equal([ownerName], await Permitted(owner));
        Assert.Equal(431, (await friend.CallAsync("listTemplatePermissions", ("id", template))).ErrorCode);

        // Bad requests change nothing.
        Assert.Equal(431, (await owner.CallAsync("updateTemplatePermissions", ("id", template), ("accounts", friendName))).ErrorCode);
        Assert.Equal(431, (await owner.CallAsync("updateTemplatePermissions", ("id", template), ("op", "add"))).ErrorCode);
        Assert.Equal(431, (await owner.CallAsync("updateTemplatePermissions", ("id", template), ("accounts", friendName), ("op", "grant"))).ErrorCode);
        Assert.Equal(431, (await owner.CallAsync("updateTemplatePermissions", ("id", template), ("accounts", strangerAccount.GetProperty("name").GetString()!), ("op", "add"))).ErrorCode);
        Assert.Equal(431, (await owner.CallAsync("updateTemplatePermissions", ("id", template), ("accounts", $"{friendName},nosuchaccount"), ("op", "add"), ("ispublic", "true"))).ErrorCode);
        Assert.Equal(531, (await owner.CallAsync("updateTemplatePermissions", ("id", template), ("isfeatured", "true"))).ErrorCode);
        Assert.Equal(431, (await owner.CallAsync("updateIsoPermissions", ("id", template), ("accounts", friendName), ("op", "add"))).ErrorCode);
        Assert.Equal([ownerName], await Permitted(owner));
        Assert.DoesNotContain(template, await Ids(stranger, "community"));

        // Shared with the friend: listed as sharedexecutable, and it deploys.
        (await owner.CallAsync("updateTemplatePermissions", ("id", template), ("accounts", friendName), ("op", "add"))).EnsureOk();
        (await owner.CallAsync("updateTemplatePermissions", ("id", template), ("accounts", $"{friendName},{ownerName}"), ("op", "add"))).EnsureOk();
        Assert.Equal([friendName, ownerName], await Permitted(owner));
        Assert.Equal([friendName, ownerName], await Permitted(friend));
        Assert.Contains(template, await Ids(friend, "sharedexecutable"));
        Assert.Contains(template, await Ids(friend, "executable"));
        Assert.DoesNotContain(template, await Ids(friend, "self"));
        Assert.DoesNotContain(template, await Ids(owner, "sharedexecutable"));
        Assert.DoesNotContain(template, await Ids(stranger, "executable"));
        Assert.Equal(431, (await stranger.CallAsync("listTemplates", ("templatefilter", "all"), ("id", template))).ErrorCode);
        var vm = JobObject(await friend.CallAndWaitAsync("deployVirtualMachine", Deploy()), "virtualmachine");
        Assert.Equal(template, vm.GetProperty("templateid").GetString());
        Assert.Equal("Running", vm.GetProperty("state").GetString());
        // Shared is not owned.
        Assert.Equal(531, (await friend.CallAsync("updateTemplatePermissions", ("id", template), ("ispublic", "true"))).ErrorCode);
        Assert.Equal(531, (await friend.CallAsync("updateTemplate", ("id", template), ("name", "mine"))).ErrorCode);
        Assert.Equal(531, (await friend.CallAsync("deleteTemplate", ("id", template))).ErrorCode);
        Assert.Equal(531, (await friend.CallAsync("copyTemplate", ("id", template), ("destzoneid", cz.ZoneId))).ErrorCode);

        // The owner changes the OS type, also of the instances deployed from it.
        var ubuntu = await OsTypeAsync(owner, "Ubuntu 24.04 LTS");
        (await owner.CallAsync("updateTemplate", ("id", template), ("ostypeid", ubuntu), ("forceupdateostype", "true"))).EnsureOk();
        Assert.Equal(ubuntu, Assert.Single((await friend.CallAsync("listVirtualMachines", ("id", vm.Id()))).EnsureOk().Items("virtualmachine")).GetProperty("guestosid").GetString());

        // Unshared: gone for the friend; its instance stays.
        (await owner.CallAsync("updateTemplatePermissions", ("id", template), ("accounts", friendName), ("op", "remove"))).EnsureOk();
        Assert.Equal([ownerName], await Permitted(owner));
        Assert.Empty(await Ids(friend, "sharedexecutable"));
        Assert.Equal(431, (await friend.CallAsync("deployVirtualMachine", Deploy())).ErrorCode);
        Assert.Single((await friend.CallAsync("listVirtualMachines")).EnsureOk().Items("virtualmachine"));

        // Public (community), then featured by the root admin, then reset.
        // Whether a template may be extracted is the root admin's call, as upstream.
        Assert.Equal(531, (await owner.CallAsync("updateTemplatePermissions", ("id", template), ("ispublic", "true"), ("isextractable", "true"))).ErrorCode);
        (await owner.CallAsync("updateTemplatePermissions", ("id", template), ("ispublic", "true"))).EnsureOk();
        (await Admin.CallAsync("updateTemplatePermissions", ("id", template), ("isextractable", "true"))).EnsureOk();
        Assert.Contains(template, await Ids(stranger, "community"));
        Assert.Empty(await Permitted(owner));
        (await Admin.CallAsync("updateTemplatePermissions", ("id", template), ("isfeatured", "true"))).EnsureOk();
        Assert.Contains(template, await Ids(stranger, "featured"));
        var byAdmin = (await Admin.CallAsync("listTemplatePermissions", ("id", template))).EnsureOk()["templatepermission"];
        Assert.True(byAdmin.GetProperty("ispublic").GetBoolean());
        Assert.Equal(ownerAccount.GetProperty("domainid").GetString(), byAdmin.GetProperty("domainid").GetString());
        (await owner.CallAsync("updateTemplatePermissions", ("id", template), ("accounts", friendName), ("op", "add"))).EnsureOk();
        (await owner.CallAsync("updateTemplatePermissions", ("id", template), ("op", "reset"))).EnsureOk();
        var reset = Assert.Single((await owner.CallAsync("listTemplates", ("templatefilter", "self"), ("id", template))).EnsureOk().Items("template"));
        Assert.False(reset.GetProperty("ispublic").GetBoolean());
        Assert.False(reset.GetProperty("isfeatured").GetBoolean());
        Assert.True(reset.GetProperty("isextractable").GetBoolean());
        Assert.Equal([ownerName], await Permitted(owner));
        Assert.Equal(431, (await stranger.CallAsync("listTemplates", ("templatefilter", "all"), ("id", template))).ErrorCode);

        (await Admin.CallAndWaitAsync("destroyVirtualMachine", ("id", vm.Id()), ("expunge", "true"))).EnsureOk();
        (await owner.CallAndWaitAsync("deleteTemplate", ("id", template))).EnsureOk();
    }

    [Fact]
    public async Task UpdateTemplate_changes_what_it_is_told_for_the_owner_and_its_admins_only()
    {
        var zone = await NfsStoreZoneAsync(Admin);
        var domain = await Tenants.CreateDomainAsync(Admin, Tenants.Unique("updom"));
        var (_, owner) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("upown"), domainId: domain.Id());
        var (_, domainAdmin) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("upda"), accountType: 2, domainId: domain.Id());
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("upoth"), domainId: domain.Id());
        async Task<string> RegisterAsync(string name)
        {
            var id = Assert.Single((await owner.CallAsync("registerTemplate", ("name", name), ("displaytext", name), ("url", $"http://203.0.113.10/{name}.qcow2"),
                ("zoneid", zone), ("format", "QCOW2"), ("hypervisor", "Simulator"))).EnsureOk().Items("template")).Id();
            await WaitTemplateAsync(Admin, id, IsReady);
            return id;
        }
        var first = await RegisterAsync("first");
        var second = await RegisterAsync("second");
        var ubuntu = await OsTypeAsync(owner, "Ubuntu 24.04 LTS");

        var updated = (await owner.CallAsync("updateTemplate", ("id", first), ("name", "renamed"), ("displaytext", "Renamed image"), ("ostypeid", ubuntu),
            ("passwordenabled", "true"), ("sshkeyenabled", "true"), ("isdynamicallyscalable", "true"), ("format", "raw"), ("requireshvm", "false"))).EnsureOk()["template"];
        Assert.Equal(first, updated.Id());
        Assert.Equal("renamed", updated.GetProperty("name").GetString());
        Assert.Equal("RAW", updated.GetProperty("format").GetString());
        Assert.Equal(ubuntu, updated.GetProperty("ostypeid").GetString());
        Assert.True(updated.GetProperty("isdynamicallyscalable").GetBoolean());
        var listed = Assert.Single((await owner.CallAsync("listTemplates", ("templatefilter", "self"), ("id", first))).EnsureOk().Items("template"));
        Assert.Equal("Renamed image", listed.GetProperty("displaytext").GetString());
        Assert.True(listed.GetProperty("passwordenabled").GetBoolean());
        Assert.True(listed.GetProperty("sshkeyenabled").GetBoolean());
        Assert.False(listed.GetProperty("requireshvm").GetBoolean());
        Assert.Equal("Ubuntu 24.04 LTS", listed.GetProperty("ostypename").GetString());

        // Bad values are refused and change nothing.
        foreach (var bad in new (string, string)[] { ("format", "ISO"), ("format", "VMDKX"), ("name", "  "), ("templatetype", "SYSTEM"), ("templatetype", "NOPE"), ("arch", "aarch64") })
        {
            Assert.Equal(431, (await owner.CallAsync("updateTemplate", ("id", first), ("displaytext", "changed?"), bad)).ErrorCode);
        }
        Assert.Equal(531, (await owner.CallAsync("updateTemplate", ("id", first), ("isrouting", "true"))).ErrorCode);
        Assert.Equal("Renamed image", Assert.Single((await owner.CallAsync("listTemplates", ("templatefilter", "self"), ("id", first))).EnsureOk().Items("template"))
            .GetProperty("displaytext").GetString());

        // The sort key orders the list.
        (await owner.CallAsync("updateTemplate", ("id", second), ("sortkey", "-5"))).EnsureOk();
        Assert.Equal([second, first], (await owner.CallAsync("listTemplates", ("templatefilter", "self"))).EnsureOk().Items("template").Select(t => t.Id()).ToList());

        // Another account of the domain cannot; its domain admin can.
        Assert.Equal(431, (await other.CallAsync("updateTemplate", ("id", first), ("name", "x"))).ErrorCode);
        (await owner.CallAsync("updateTemplatePermissions", ("id", first), ("ispublic", "true"))).EnsureOk();
        Assert.Equal(531, (await other.CallAsync("updateTemplate", ("id", first), ("name", "x"))).ErrorCode);
        Assert.Equal("by-admin", (await domainAdmin.CallAsync("updateTemplate", ("id", first), ("name", "by-admin"))).EnsureOk()["template"].GetProperty("name").GetString());
        Assert.Contains("TEMPLATE.UPDATE", (await owner.CallAsync("listEvents", ("type", "TEMPLATE.UPDATE"))).EnsureOk().Items("event").Select(e => e.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task CopyTemplate_copies_the_bytes_between_file_stores_and_checks_them()
    {
        var payload = RandomNumberGenerator.GetBytes(300_000);
        using var http = new TinyHttpServer(payload);
        var (first, firstFolder) = await FileStoreZoneAsync(Admin, fixture.Server.DataDir);
        var (second, secondFolder) = await FileStoreZoneAsync(Admin, fixture.Server.DataDir);
        var (third, thirdFolder) = await FileStoreZoneAsync(Admin, fixture.Server.DataDir);
        var (fourth, _) = await FileStoreZoneAsync(Admin, fixture.Server.DataDir);
        var simulated = await NfsStoreZoneAsync(Admin);
        var (_, owner) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("cp"));
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(payload));
        try
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites), ("value", "127.0.0.1/32"))).EnsureOk();
            var template = Assert.Single((await owner.CallAsync("registerTemplate", ("name", "copied"), ("displaytext", "copied"), ("url", http.Url("/copied.qcow2")),
                ("zoneid", first), ("format", "QCOW2"), ("hypervisor", "Simulator"), ("checksum", sha256))).EnsureOk().Items("template")).Id();
            await WaitTemplateAsync(Admin, template, IsReady);
            var source = Assert.Single(Directory.GetFiles(firstFolder, "*.qcow2", SearchOption.AllDirectories));

            var copied = JobObject(await owner.CallAndWaitAsync("copyTemplate", ("id", template), ("sourcezoneid", first), ("destzoneid", second)), "template");
            Assert.Equal(second, copied.GetProperty("zoneid").GetString());
            Assert.True(copied.GetProperty("isready").GetBoolean());
            Assert.Equal("Download Complete", copied.GetProperty("status").GetString());
            Assert.Equal(payload.Length, copied.GetProperty("size").GetInt64());
            Assert.Equal(payload, await File.ReadAllBytesAsync(Assert.Single(Directory.GetFiles(secondFolder, "*.qcow2", SearchOption.AllDirectories))));
            Assert.Equal(431, Code(await owner.CallAndWaitAsync("copyTemplate", ("id", template), ("destzoneid", second))));
            Assert.Contains("TEMPLATE.COPY", (await owner.CallAsync("listEvents", ("type", "TEMPLATE.COPY"))).EnsureOk().Items("event").Select(e => e.GetProperty("type").GetString()));

            // A source copy that no longer matches the checksum is not copied, and nothing is left behind.
            var corrupt = (byte[])payload.Clone();
            corrupt[1000] ^= 0xFF;
            await File.WriteAllBytesAsync(source, corrupt);
            var failed = await owner.CallAndWaitAsync("copyTemplate", ("id", template), ("sourcezoneid", first), ("destzoneid", third));
            Assert.Equal(530, Code(failed));
            Assert.Contains("Checksum mismatch", failed.Body, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(thirdFolder, "*", SearchOption.AllDirectories));
            Assert.Equal(2, (await WaitTemplateAsync(Admin, template, IsReady, 2)).Count);

            // From the good copy it works.
            JobObject(await owner.CallAndWaitAsync("copyTemplate", ("id", template), ("sourcezoneid", second), ("destzoneid", third)), "template");
            Assert.Equal(payload, await File.ReadAllBytesAsync(Assert.Single(Directory.GetFiles(thirdFolder, "*.qcow2", SearchOption.AllDirectories))));
            (await owner.CallAndWaitAsync("deleteTemplate", ("id", template), ("zoneid", second))).EnsureOk();
            Assert.Empty(Directory.GetFiles(secondFolder, "*.qcow2", SearchOption.AllDirectories));

            // To a simulated NFS store: ready after the simulated delay.
            var toNfs = JobObject(await owner.CallAndWaitAsync("copyTemplate", ("id", template), ("sourcezoneid", third), ("destzoneids", simulated)), "template");
            Assert.True(toNfs.GetProperty("isready").GetBoolean());
            Assert.Equal(3, (await WaitTemplateAsync(Admin, template, IsReady, 3)).Count);

            // From a simulated copy there are no bytes: the file store downloads it from the URL instead.
            var nfsOnly = Assert.Single((await owner.CallAsync("registerTemplate", ("name", "nfsonly"), ("displaytext", "nfs only"), ("url", http.Url("/nfsonly.qcow2")),
                ("zoneid", simulated), ("format", "QCOW2"), ("hypervisor", "Simulator"), ("checksum", sha256))).EnsureOk().Items("template")).Id();
            await WaitTemplateAsync(Admin, nfsOnly, IsReady);
            JobObject(await owner.CallAndWaitAsync("copyTemplate", ("id", nfsOnly), ("destzoneid", second)), "template");
            var downloaded = await WaitTemplateAsync(Admin, nfsOnly, IsReady, 2);
            Assert.Equal(payload.Length, downloaded.Single(t => t.GetProperty("zoneid").GetString() == second).GetProperty("size").GetInt64());

            // A destination whose download failed is not "already there": the copy replaces it.
            var wrong = Convert.ToHexStringLower(SHA256.HashData(corrupt));
            var failing = (await owner.CallAsync("registerTemplate", ("name", "failing"), ("displaytext", "failing"), ("url", http.Url("/failing.qcow2")),
                ("zoneids", $"{simulated},{fourth}"), ("format", "QCOW2"), ("hypervisor", "Simulator"), ("checksum", wrong))).EnsureOk().Items("template")[0].Id();
            bool Settled(System.Text.Json.JsonElement t) => t.GetProperty("isready").GetBoolean() || t.GetProperty("status").GetString()!.StartsWith("Checksum mismatch", StringComparison.Ordinal);
            await WaitTemplateAsync(Admin, failing, Settled, 2);
            var again = JobObject(await owner.CallAndWaitAsync("copyTemplate", ("id", failing), ("sourcezoneid", simulated), ("destzoneid", fourth)), "template");
            Assert.Equal(fourth, again.GetProperty("zoneid").GetString());
            Assert.False(again.GetProperty("isready").GetBoolean());
            await WaitTemplateAsync(Admin, failing, Settled, 2);
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", AllowedSites))).EnsureOk();
        }
    }
}

public sealed class SqliteTemplateSharingFlows(SqliteServerFixture fixture) : TemplateSharingFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresTemplateSharingFlows(PostgresServerFixture fixture) : TemplateSharingFlows(fixture), IClassFixture<PostgresServerFixture>;
