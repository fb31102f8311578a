using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Jobs, events, settings and discovery.</summary>
public abstract class OperationsFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task Async_job_result_has_upstreams_shape_and_shows_in_listAsyncJobs()
    {
        var (account, _) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("job"));
        var submitted = (await Admin.CallAsync("disableAccount", ("id", account.Id()), ("lock", "true"))).EnsureOk();
        var jobId = submitted.Str("jobid");
        var done = await Admin.WaitForJobAsync(jobId);
        Assert.Equal(1, done["jobstatus"].GetInt32());
        Assert.Equal(0, done["jobresultcode"].GetInt32());
        Assert.Equal("object", done.Str("jobresulttype"));
        Assert.Equal("locked", done["jobresult"].GetProperty("account").GetProperty("state").GetString());
        Assert.Equal(jobId, done.Str("jobid"));
        Assert.Equal("org.apache.cloudstack.api.command.admin.account.DisableAccountCmd", done.Str("cmd"));
        Assert.True(done.Content.TryGetProperty("completed", out _));
        Assert.True(done.Content.TryGetProperty("userid", out _));
        var jobs = (await Admin.CallAsync("listAsyncJobs", ("listall", "true"))).EnsureOk().Items("asyncjobs");
        Assert.Contains(jobs, j => j.GetProperty("jobid").GetString() == jobId);
    }

    [Fact]
    public async Task Failed_job_carries_the_error_code_and_text()
    {
        var (account, _) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("gone"));
        var first = (await Admin.CallAsync("deleteAccount", ("id", account.Id()))).EnsureOk().Str("jobid");
        var second = await Admin.CallAsync("deleteAccount", ("id", account.Id()));
        var firstDone = await Admin.WaitForJobAsync(first);
        Assert.Equal(1, firstDone["jobstatus"].GetInt32());
        if (!second.IsError)
        {
            // Queued before the first ran: its job finds the account gone.
            var secondDone = await Admin.WaitForJobAsync(second.Str("jobid"));
            Assert.Equal(2, secondDone["jobstatus"].GetInt32());
            Assert.Equal(431, secondDone["jobresultcode"].GetInt32());
            Assert.Equal(431, secondDone["jobresult"].GetProperty("errorcode").GetInt32());
            Assert.False(string.IsNullOrEmpty(secondDone["jobresult"].GetProperty("errortext").GetString()));
        }
        else
        {
            Assert.Equal(431, second.ErrorCode);
        }
    }

    [Fact]
    public async Task Jobs_of_other_accounts_are_invisible_to_users()
    {
        var (account, _) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("victim"));
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("peer"));
        var jobId = (await Admin.CallAsync("disableAccount", ("id", account.Id()), ("lock", "false"))).EnsureOk().Str("jobid");
        Assert.Equal(431, (await other.CallAsync("queryAsyncJobResult", ("jobid", jobId))).ErrorCode);
        Assert.DoesNotContain(jobId, (await other.CallAsync("listAsyncJobs", ("listall", "true"))).Body, StringComparison.Ordinal);
        await Admin.WaitForJobAsync(jobId);
    }

    [Fact]
    public async Task Actions_are_recorded_as_events_that_can_be_archived_and_deleted()
    {
        var name = Tenants.Unique("evt");
        var (account, client) = await Tenants.CreateAccountAsync(fixture.Server, Admin, name);
        var events = (await Admin.CallAsync("listEvents", ("type", "ACCOUNT.CREATE"), ("listall", "true"))).EnsureOk().Items("event");
        var created = events.Single(e => e.GetProperty("resourceid").GetString() == account.Id());
        Assert.Equal("INFO", created.GetProperty("level").GetString());
        Assert.Equal("admin", created.GetProperty("username").GetString());

        using var session = fixture.Server.NewClient();
        (await session.LoginAsync(name, Tenants.Password)).EnsureOk();
        var mine = (await session.CallAsync("listEvents", ("type", "USER.LOGIN"))).EnsureOk().Items("event");
        var login = Assert.Single(mine);
        (await session.CallAsync("archiveEvents", ("ids", login.Id()))).EnsureOk();
        Assert.Empty((await session.CallAsync("listEvents", ("type", "USER.LOGIN"))).EnsureOk().Items("event"));
        Assert.Single((await session.CallAsync("listEvents", ("type", "USER.LOGIN"), ("archived", "true"))).EnsureOk().Items("event"));
        (await session.CallAsync("deleteEvents", ("ids", login.Id()))).EnsureOk();
        Assert.Empty((await session.CallAsync("listEvents", ("type", "USER.LOGIN"), ("archived", "true"))).EnsureOk().Items("event"));
        Assert.Equal(431, (await session.CallAsync("deleteEvents")).ErrorCode);
        (await client.CallAsync("listEvents")).EnsureOk();
        var types = (await Admin.CallAsync("listEventTypes")).EnsureOk().Items("eventtype").Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("ACCOUNT.CREATE", types);
        Assert.Contains("USER.LOGIN", types);
    }

    [Fact]
    public async Task Settings_are_listed_validated_and_change_behaviour()
    {
        var setting = (await Admin.CallAsync("listConfigurations", ("name", "default.page.size"))).EnsureOk().Items("configuration").Single();
        Assert.Equal("500", setting.GetProperty("value").GetString());
        Assert.Equal("500", setting.GetProperty("defaultvalue").GetString());
        Assert.Equal(431, (await Admin.CallAsync("updateConfiguration", ("name", "default.page.size"), ("value", "lots"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("updateConfiguration", ("name", "no.such.setting"), ("value", "1"))).ErrorCode);
        try
        {
            (await Admin.CallAsync("updateConfiguration", ("name", "default.page.size"), ("value", "3"))).EnsureOk();
            await Task.Delay(TimeSpan.FromSeconds(0.2));
            Assert.Equal(431, (await Admin.CallAsync("listRoles", ("pagesize", "4"))).ErrorCode);
            var page = (await Admin.CallAsync("listRoles")).EnsureOk();
            Assert.Equal(3, page.Items("role").Count);
            Assert.True(page.Count > 3);
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", "default.page.size"), ("value", "500"))).EnsureOk();
        }
    }

    [Fact]
    public async Task Users_cannot_change_settings()
    {
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("cfg"));
        Assert.Equal(432, (await user.CallAsync("updateConfiguration", ("name", "default.page.size"), ("value", "1"))).Code);
    }

    [Fact]
    public async Task ListApis_describes_every_implemented_command_completely()
    {
        var apis = (await Admin.CallAsync("listApis")).EnsureOk().Items("api");
        Assert.Contains(apis, a => a.GetProperty("name").GetString() == "createAccount");
        Assert.Contains(apis, a => a.GetProperty("name").GetString() == "deployVirtualMachine");
        Assert.DoesNotContain(apis, a => a.GetProperty("name").GetString() == "createKubernetesCluster");
        foreach (var api in apis)
        {
            Assert.True(api.TryGetProperty("isasync", out _));
            Assert.True(api.TryGetProperty("since", out _));
            Assert.True(api.TryGetProperty("name", out _));
            Assert.True(api.TryGetProperty("description", out _));
            Assert.True(api.TryGetProperty("related", out _));
            Assert.True(api.TryGetProperty("params", out var parameters));
            Assert.True(api.TryGetProperty("response", out _));
            foreach (var p in parameters.EnumerateArray())
            {
                Assert.True(p.TryGetProperty("name", out _) && p.TryGetProperty("type", out _) && p.TryGetProperty("required", out _) && p.TryGetProperty("length", out _));
            }
        }
        var deleteAccount = apis.Single(a => a.GetProperty("name").GetString() == "deleteAccount");
        Assert.True(deleteAccount.GetProperty("isasync").GetBoolean());
        var capabilities = (await Admin.CallAsync("listCapabilities")).EnsureOk()["capability"];
        Assert.Equal("4.22.0.0", capabilities.GetProperty("cloudstackversion").GetString());
    }
}

public sealed class SqliteOperationsFlows(SqliteServerFixture fixture) : OperationsFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresOperationsFlows(PostgresServerFixture fixture) : OperationsFlows(fixture), IClassFixture<PostgresServerFixture>;
