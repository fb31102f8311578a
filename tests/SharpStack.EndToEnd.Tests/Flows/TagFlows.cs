using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Resource tags: created on a tenant's resources, shown with them, used as list filters, removed.</summary>
public abstract class TagFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task Tags_label_filter_and_leave_with_their_resources()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 200, 128);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("tag"));
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("tagx"));
        var web = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "web"))), "virtualmachine").Id();
        var db = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "db"))), "virtualmachine").Id();

        (await user.CallAndWaitAsync("createTags", ("resourcetype", "UserVm"), ("resourceids", $"{web},{db}"), ("tags[0].key", "env"), ("tags[0].value", "prod"))).EnsureOk();
        (await user.CallAndWaitAsync("createTags", ("resourcetype", "uservm"), ("resourceids", web), ("tags[0].key", "role"), ("tags[0].value", "frontend"))).EnsureOk();
        Assert.Equal(431, (await user.CallAsync("createTags", ("resourcetype", "UserVm"), ("resourceids", web), ("tags[0].key", "env"), ("tags[0].value", "dev"))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("createTags", ("resourcetype", "UserVm"), ("resourceids", web), ("tags[0].key", "x"), ("tags[0].value", "y"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createTags", ("resourcetype", "Galaxy"), ("resourceids", web), ("tags[0].key", "x"), ("tags[0].value", "y"))).ErrorCode);
        var root = (await user.CallAsync("listVolumes", ("virtualmachineid", web))).EnsureOk().Items("volume")[0].Id();
        (await user.CallAndWaitAsync("createTags", ("resourcetype", "Volume"), ("resourceids", root), ("tags[0].key", "backup"), ("tags[0].value", "daily"))).EnsureOk();

        async Task<HashSet<string>> Vms(params (string, string)[] filter) =>
            (await user.CallAsync("listVirtualMachines", filter)).EnsureOk().Items("virtualmachine").Select(v => v.Id()).ToHashSet();
        Assert.Equal([web, db], await Vms(("tags[0].key", "env"), ("tags[0].value", "prod")));
        Assert.Equal([web], await Vms(("tags[0].key", "env"), ("tags[0].value", "prod"), ("tags[1].key", "role"), ("tags[1].value", "frontend")));
        Assert.Equal([web], await Vms(("tags[0].key", "role")));
        Assert.Empty(await Vms(("tags[0].key", "env"), ("tags[0].value", "dev")));
        Assert.Single((await user.CallAsync("listVolumes", ("tags[0].key", "backup"))).EnsureOk().Items("volume"));

        var shown = (await user.CallAsync("listVirtualMachines", ("id", web))).EnsureOk().Items("virtualmachine")[0].GetProperty("tags");
        Assert.Equal(2, shown.GetArrayLength());
        var tags = (await user.CallAsync("listTags", ("resourcetype", "UserVm"))).EnsureOk().Items("tag");
        Assert.Equal(3, tags.Count);
        Assert.Contains(tags, t => t.GetProperty("resourceid").GetString() == db && t.GetProperty("key").GetString() == "env");
        Assert.Empty((await other.CallAsync("listTags")).EnsureOk().Items("tag"));

        (await user.CallAndWaitAsync("deleteTags", ("resourcetype", "UserVm"), ("resourceids", web), ("tags[0].key", "role"))).EnsureOk();
        Assert.Empty(await Vms(("tags[0].key", "role")));
        Assert.Equal(431, (await user.CallAndWaitAsync("deleteTags", ("resourcetype", "UserVm"), ("resourceids", web), ("tags[0].key", "role")))["jobresultcode"].GetInt32());

        (await Admin.CallAndWaitAsync("destroyVirtualMachine", ("id", web), ("expunge", "true"))).EnsureOk();
        var left = (await user.CallAsync("listTags")).EnsureOk().Items("tag");
        Assert.Equal(db, Assert.Single(left).GetProperty("resourceid").GetString());
    }
}

public sealed class SqliteTagFlows(SqliteServerFixture fixture) : TagFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresTagFlows(PostgresServerFixture fixture) : TagFlows(fixture), IClassFixture<PostgresServerFixture>;
