using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Domains, accounts, users and visibility, run against SQLite and PostgreSQL alike.</summary>
public abstract class IdentityFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task Domain_tree_is_created_listed_renamed_and_deleted()
    {
        var parent = await Tenants.CreateDomainAsync(Admin, Tenants.Unique("parent"));
        var child = await Tenants.CreateDomainAsync(Admin, "child", parent.Id());
        Assert.Equal(parent.Id(), child.GetProperty("parentdomainid").GetString());
        Assert.Equal(2, child.GetProperty("level").GetInt32());
        Assert.Equal($"ROOT/{parent.GetProperty("name").GetString()}/child", child.GetProperty("path").GetString());

        var children = (await Admin.CallAsync("listDomainChildren", ("id", parent.Id()))).EnsureOk();
        Assert.Equal(1, children.Count);
        var duplicate = await Admin.CallAsync("createDomain", ("name", "CHILD"), ("parentdomainid", parent.Id()));
        Assert.Equal(431, duplicate.ErrorCode);

        var renamed = (await Admin.CallAsync("updateDomain", ("id", parent.Id()), ("name", parent.GetProperty("name").GetString() + "x"))).EnsureOk()["domain"];
        var movedChild = (await Admin.CallAsync("listDomains", ("id", child.Id()))).EnsureOk().Items("domain")[0];
        Assert.Equal(renamed.GetProperty("path").GetString() + "/child", movedChild.GetProperty("path").GetString());

        var refused = await Admin.CallAndWaitAsync("deleteDomain", ("id", parent.Id()));
        Assert.Equal(536, refused.ErrorCode);
        var deleted = await Admin.CallAndWaitAsync("deleteDomain", ("id", parent.Id()), ("cleanup", "true"));
        Assert.Equal(1, deleted["jobstatus"].GetInt32());
        Assert.True(deleted["jobresult"].GetProperty("success").GetBoolean());
        var gone = await Admin.CallAsync("listDomains", ("id", child.Id()));
        Assert.Equal(431, gone.ErrorCode);
    }

    [Fact]
    public async Task Account_lifecycle_create_update_disable_enable_lock_delete()
    {
        var name = Tenants.Unique("acct");
        var (account, client) = await Tenants.CreateAccountAsync(fixture.Server, Admin, name);
        Assert.Equal("enabled", account.GetProperty("state").GetString());
        Assert.Equal("User", account.GetProperty("roletype").GetString());
        (await client.CallAsync("listAccounts")).EnsureOk();

        var duplicate = await Admin.CallAsync("createAccount", ("accounttype", "0"), ("username", name + "2"), ("account", name),
            ("email", "e@x.test"), ("firstname", "f"), ("lastname", "l"), ("password", "p"));
        Assert.Equal(431, duplicate.ErrorCode);

        var updated = (await Admin.CallAsync("updateAccount", ("id", account.Id()), ("newname", name + "-renamed"), ("networkdomain", "corp.test"))).EnsureOk()["account"];
        Assert.Equal(name + "-renamed", updated.GetProperty("name").GetString());
        Assert.Equal("corp.test", updated.GetProperty("networkdomain").GetString());

        var disabled = await Admin.CallAndWaitAsync("disableAccount", ("id", account.Id()), ("lock", "false"));
        Assert.Equal("disabled", disabled["jobresult"].GetProperty("account").GetProperty("state").GetString());
        Assert.Equal(401, (await client.CallAsync("listAccounts")).Code);

        (await Admin.CallAsync("enableAccount", ("id", account.Id()))).EnsureOk();
        (await client.CallAsync("listAccounts")).EnsureOk();

        var locked = (await Admin.CallAsync("lockAccount", ("account", name + "-renamed"), ("domainid", account.GetProperty("domainid").GetString()!))).EnsureOk()["account"];
        Assert.Equal("locked", locked.GetProperty("state").GetString());
        Assert.Equal(401, (await client.CallAsync("listAccounts")).Code);

        var deleted = await Admin.CallAndWaitAsync("deleteAccount", ("id", account.Id()));
        Assert.Equal(1, deleted["jobstatus"].GetInt32());
        Assert.Equal("Account", deleted["jobinstancetype"].GetString());
        Assert.Equal(account.Id(), deleted["jobinstanceid"].GetString());
        Assert.Equal(431, (await Admin.CallAsync("listAccounts", ("id", account.Id()))).ErrorCode);
        Assert.Equal(401, (await client.CallAsync("listAccounts")).Code);
    }

    [Fact]
    public async Task Default_admin_account_cannot_be_deleted_or_disabled()
    {
        var admin = (await Admin.CallAsync("listAccounts", ("name", "admin"))).EnsureOk().Items("account")[0];
        Assert.Equal(431, (await Admin.CallAsync("deleteAccount", ("id", admin.Id()))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("lockAccount", ("account", "admin"), ("domainid", admin.GetProperty("domainid").GetString()!))).ErrorCode);
    }

    [Fact]
    public async Task Users_are_added_updated_and_their_keys_and_passwords_work()
    {
        var name = Tenants.Unique("team");
        var (account, owner) = await Tenants.CreateAccountAsync(fixture.Server, Admin, name);
        var user = (await Admin.CallAsync("createUser", ("account", name), ("username", name + "-bob"), ("email", "bob@x.test"),
            ("firstname", "Bob"), ("lastname", "B"), ("password", "bob-pass"), ("domainid", account.GetProperty("domainid").GetString()!))).EnsureOk()["user"];
        Assert.Equal(account.Id(), user.GetProperty("accountid").GetString());

        var bob = fixture.Server.NewClient();
        (await bob.LoginAsync(name + "-bob", "bob-pass")).EnsureOk();
        var users = (await bob.CallAsync("listUsers")).EnsureOk();
        Assert.Equal(2, users.Count);

        var noCurrent = await bob.CallAsync("updateUser", ("id", user.Id()), ("password", "new-pass"));
        Assert.Equal(431, noCurrent.ErrorCode);
        (await bob.CallAsync("updateUser", ("id", user.Id()), ("password", "new-pass"), ("currentpassword", "bob-pass"), ("firstname", "Robert"))).EnsureOk();
        // A password change ends the user's sessions.
        Assert.Equal(401, (await bob.CallAsync("listUsers")).Code);
        var relogin = fixture.Server.NewClient();
        Assert.Equal(531, (await relogin.LoginAsync(name + "-bob", "bob-pass")).ErrorCode);
        (await relogin.LoginAsync(name + "-bob", "new-pass")).EnsureOk();

        var keys = (await Admin.CallAsync("getUserKeys", ("id", user.Id()))).EnsureOk()["userkeys"];
        Assert.False(keys.TryGetProperty("apikey", out _));
        var registered = (await Admin.CallAsync("registerUserKeys", ("id", user.Id()))).EnsureOk()["userkeys"];
        var fetched = (await Admin.CallAsync("getUserKeys", ("id", user.Id()))).EnsureOk()["userkeys"];
        Assert.Equal(registered.GetProperty("secretkey").GetString(), fetched.GetProperty("secretkey").GetString());
        var byKey = (await Admin.CallAsync("getUser", ("userapikey", registered.GetProperty("apikey").GetString()!))).EnsureOk()["user"];
        Assert.Equal(user.Id(), byKey.GetProperty("id").GetString());

        var disabled = await Admin.CallAndWaitAsync("disableUser", ("id", user.Id()));
        Assert.Equal("disabled", disabled["jobresult"].GetProperty("user").GetProperty("state").GetString());
        Assert.Equal(531, (await fixture.Server.NewClient().LoginAsync(name + "-bob", "new-pass")).ErrorCode);
        (await Admin.CallAsync("enableUser", ("id", user.Id()))).EnsureOk();
        (await Admin.CallAsync("deleteUser", ("id", user.Id()))).EnsureOk();
        Assert.Equal(431, (await Admin.CallAsync("listUsers", ("id", user.Id()))).ErrorCode);
        (await owner.CallAsync("listUsers")).EnsureOk();
    }

    [Fact]
    public async Task Domain_admin_sees_its_subtree_and_a_user_only_its_account()
    {
        var top = await Tenants.CreateDomainAsync(Admin, Tenants.Unique("org"));
        var sub = await Tenants.CreateDomainAsync(Admin, "dept", top.Id());
        var other = await Tenants.CreateDomainAsync(Admin, Tenants.Unique("other"));
        var (_, domainAdmin) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("da"), 2, top.Id());
        var (subAccount, subUser) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("u"), 0, sub.Id());
        var (otherAccount, _) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("o"), 0, other.Id());

        var own = (await domainAdmin.CallAsync("listAccounts")).EnsureOk();
        Assert.All(own.Items("account"), a => Assert.Equal(top.Id(), a.GetProperty("domainid").GetString()));
        var all = (await domainAdmin.CallAsync("listAccounts", ("listall", "true"))).EnsureOk();
        var ids = all.Items("account").Select(a => a.Id()).ToList();
        Assert.Contains(subAccount.Id(), ids);
        Assert.DoesNotContain(otherAccount.Id(), ids);
        Assert.Equal(431, (await domainAdmin.CallAsync("listAccounts", ("id", otherAccount.Id()))).ErrorCode);
        Assert.Equal(431, (await domainAdmin.CallAsync("listDomainChildren", ("id", other.Id()))).ErrorCode);
        var domains = (await domainAdmin.CallAsync("listDomains", ("listall", "true"))).EnsureOk();
        Assert.Equal(2, domains.Count);

        var mine = (await subUser.CallAsync("listAccounts", ("listall", "true"))).EnsureOk();
        Assert.Equal(1, mine.Count);
        Assert.Equal(subAccount.Id(), mine.Items("account")[0].Id());
        // A domain admin cannot create a root admin or act outside its subtree.
        var rootAdmin = await domainAdmin.CallAsync("createAccount", ("accounttype", "1"), ("username", Tenants.Unique("x")), ("email", "e@x.test"),
            ("firstname", "f"), ("lastname", "l"), ("password", "p"));
        Assert.Equal(531, rootAdmin.ErrorCode);
        var outside = await domainAdmin.CallAsync("createAccount", ("accounttype", "0"), ("username", Tenants.Unique("x")), ("email", "e@x.test"),
            ("firstname", "f"), ("lastname", "l"), ("password", "p"), ("domainid", other.Id()));
        Assert.Equal(431, outside.ErrorCode);
    }

    [Fact]
    public async Task Paging_counts_the_total_and_respects_the_page_size_setting()
    {
        var domain = await Tenants.CreateDomainAsync(Admin, Tenants.Unique("paged"));
        for (var i = 0; i < 5; i++)
        {
            await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("p"), 0, domain.Id());
        }
        var page1 = (await Admin.CallAsync("listAccounts", ("domainid", domain.Id()), ("page", "1"), ("pagesize", "2"))).EnsureOk();
        var page3 = (await Admin.CallAsync("listAccounts", ("domainid", domain.Id()), ("page", "3"), ("pagesize", "2"))).EnsureOk();
        Assert.Equal(5, page1.Count);
        Assert.Equal(2, page1.Items("account").Count);
        Assert.Equal(5, page3.Count);
        Assert.Single(page3.Items("account"));
        var beyond = (await Admin.CallAsync("listAccounts", ("domainid", domain.Id()), ("page", "9"), ("pagesize", "2"))).EnsureOk();
        Assert.Equal(5, beyond.Count);
        Assert.Empty(beyond.Items("account"));
        Assert.Equal(431, (await Admin.CallAsync("listAccounts", ("pagesize", "501"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("listAccounts", ("pagesize", "-1"), ("page", "1"))).ErrorCode);
        Assert.Equal(5, (await Admin.CallAsync("listAccounts", ("domainid", domain.Id()), ("pagesize", "-1"))).EnsureOk().Items("account").Count);
        var empty = (await Admin.CallAsync("listAccounts", ("name", "no-such-account"))).EnsureOk();
        Assert.Equal("{\"listaccountsresponse\":{}}", empty.Body);
    }
}

public sealed class SqliteIdentityFlows(SqliteServerFixture fixture) : IdentityFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresIdentityFlows(PostgresServerFixture fixture) : IdentityFlows(fixture), IClassFixture<PostgresServerFixture>;
