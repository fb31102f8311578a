using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Roles and their permission rules decide what an account may call.</summary>
public abstract class RoleFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task Default_roles_are_seeded_from_the_catalog()
    {
        var roles = (await Admin.CallAsync("listRoles")).EnsureOk();
        var names = roles.Items("role").Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Contains("Root Admin", names);
        Assert.Contains("Domain Admin", names);
        Assert.Contains("User", names);
        Assert.Contains("Read-Only User - Default", names);
        var user = roles.Items("role").Single(r => r.GetProperty("name").GetString() == "User");
        var rules = (await Admin.CallAsync("listRolePermissions", ("roleid", user.Id()))).EnsureOk();
        Assert.Contains(rules.Items("rolepermission"), r => r.GetProperty("rule").GetString() == "listAccounts" && r.GetProperty("permission").GetString() == "allow");
    }

    [Fact]
    public async Task A_deny_rule_takes_a_command_away_and_listApis_follows()
    {
        var role = (await Admin.CallAsync("createRole", ("name", Tenants.Unique("restricted")), ("type", "User"), ("description", "no account listing"))).EnsureOk()["role"];
        (await Admin.CallAsync("createRolePermission", ("roleid", role.Id()), ("rule", "listAccounts"), ("permission", "deny"))).EnsureOk();
        (await Admin.CallAsync("createRolePermission", ("roleid", role.Id()), ("rule", "list*"), ("permission", "allow"))).EnsureOk();
        var name = Tenants.Unique("r");
        var account = (await Admin.CallAsync("createAccount", ("roleid", role.Id()), ("username", name), ("email", "r@x.test"),
            ("firstname", "f"), ("lastname", "l"), ("password", "pw"))).EnsureOk()["account"];
        Assert.Equal(role.Id(), account.GetProperty("roleid").GetString());
        using var client = fixture.Server.NewClient();
        (await client.LoginAsync(name, "pw")).EnsureOk();
        var denied = await client.CallAsync("listAccounts");
        Assert.Equal(432, denied.Code);
        Assert.Equal("errorresponse", denied.ResponseName);
        (await client.CallAsync("listUsers")).EnsureOk();
        var apis = (await client.CallAsync("listApis")).EnsureOk().Items("api").Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.DoesNotContain("listAccounts", apis);
        Assert.Contains("listUsers", apis);
        Assert.DoesNotContain("createAccount", apis);

        // Reordering puts list* first, which then allows listAccounts.
        var rules = (await Admin.CallAsync("listRolePermissions", ("roleid", role.Id()))).EnsureOk().Items("rolepermission");
        var order = string.Join(',', rules.Select(r => r.Id()).Reverse());
        (await Admin.CallAsync("updateRolePermission", ("roleid", role.Id()), ("ruleorder", order))).EnsureOk();
        await Task.Delay(100);
        (await client.CallAsync("listAccounts")).EnsureOk();

        Assert.Equal(536, (await Admin.CallAsync("deleteRole", ("id", role.Id()))).ErrorCode);
    }

    [Fact]
    public async Task Role_rules_are_validated_and_default_roles_are_protected()
    {
        var roles = (await Admin.CallAsync("listRoles")).EnsureOk().Items("role");
        var rootAdmin = roles.Single(r => r.GetProperty("name").GetString() == "Root Admin");
        var userRole = roles.Single(r => r.GetProperty("name").GetString() == "User");
        Assert.Equal(431, (await Admin.CallAsync("deleteRole", ("id", userRole.Id()))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createRolePermission", ("roleid", rootAdmin.Id()), ("rule", "listAccounts"), ("permission", "deny"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createRolePermission", ("roleid", userRole.Id()), ("rule", "list.*"), ("permission", "allow"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createRolePermission", ("roleid", userRole.Id()), ("rule", "listFoo"), ("permission", "maybe"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createRole", ("name", "User"), ("type", "User"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createRole", ("name", Tenants.Unique("bad")), ("type", "Superuser"))).ErrorCode);
    }

    [Fact]
    public async Task A_copied_role_gets_the_source_rules_and_can_be_renamed_and_deleted()
    {
        var userRole = (await Admin.CallAsync("listRoles", ("name", "User"))).EnsureOk().Items("role")[0];
        var copy = (await Admin.CallAsync("createRole", ("name", Tenants.Unique("copy")), ("roleid", userRole.Id()))).EnsureOk()["role"];
        Assert.Equal("User", copy.GetProperty("type").GetString());
        var sourceRules = (await Admin.CallAsync("listRolePermissions", ("roleid", userRole.Id()))).EnsureOk().Count;
        var copiedRules = (await Admin.CallAsync("listRolePermissions", ("roleid", copy.Id()))).EnsureOk().Count;
        Assert.Equal(sourceRules, copiedRules);
        var renamed = (await Admin.CallAsync("updateRole", ("id", copy.Id()), ("name", copy.GetProperty("name").GetString() + "2"), ("ispublic", "false"))).EnsureOk()["role"];
        Assert.False(renamed.GetProperty("ispublic").GetBoolean());
        (await Admin.CallAsync("deleteRole", ("id", copy.Id()))).EnsureOk();
        Assert.Equal(431, (await Admin.CallAsync("listRoles", ("id", copy.Id()))).ErrorCode);
    }
}

public sealed class SqliteRoleFlows(SqliteServerFixture fixture) : RoleFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresRoleFlows(PostgresServerFixture fixture) : RoleFlows(fixture), IClassFixture<PostgresServerFixture>;
