using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Guest OS types and categories: seeded reference data everyone lists; admins add their own.</summary>
public sealed class GuestOsFlows(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    [Fact]
    public async Task Categories_and_types_are_seeded_and_listed_by_everyone()
    {
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, fixture.Admin, Tenants.Unique("os"));
        var categories = (await user.CallAsync("listOsCategories")).EnsureOk().Items("oscategory");
        var debian = categories.Single(c => c.GetProperty("name").GetString() == "Debian");
        var types = (await user.CallAsync("listOsTypes", ("oscategoryid", debian.Id()))).EnsureOk().Items("ostype");
        Assert.Contains(types, t => t.GetProperty("description").GetString() == "Debian GNU/Linux 12 (64-bit)");
        Assert.All(types, t => Assert.Equal("Debian", t.GetProperty("oscategoryname").GetString()));
        Assert.True((await user.CallAsync("listOsTypes", ("description", "Ubuntu"))).EnsureOk().Count >= 3);
    }

    [Fact]
    public async Task Admins_add_and_remove_their_own_types_but_not_built_in_ones()
    {
        var admin = fixture.Admin;
        var other = (await admin.CallAsync("listOsCategories", ("name", "Other"))).EnsureOk().Items("oscategory").Single();
        var added = await admin.CallAndWaitAsync("addGuestOs", ("oscategoryid", other.Id()), ("osdisplayname", "SharpStack Test OS"));
        var os = added["jobresult"].GetProperty("ostype");
        Assert.True(os.GetProperty("isuserdefined").GetBoolean());
        Assert.Equal(431, (await admin.CallAsync("addGuestOs", ("oscategoryid", other.Id()), ("osdisplayname", "SharpStack Test OS"))).ErrorCode);
        var builtIn = (await admin.CallAsync("listOsTypes", ("description", "Debian GNU/Linux 12"))).EnsureOk().Items("ostype").Single();
        Assert.Equal(431, (await admin.CallAsync("removeGuestOs", ("id", builtIn.Id()))).ErrorCode);
        Assert.Equal(1, (await admin.CallAndWaitAsync("removeGuestOs", ("id", os.Id())))["jobstatus"].GetInt32());
        Assert.Equal(431, (await admin.CallAsync("listOsTypes", ("id", os.Id()))).ErrorCode);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, admin, Tenants.Unique("osu"));
        Assert.Equal(432, (await user.CallAsync("addGuestOs", ("oscategoryid", other.Id()), ("osdisplayname", "Mine"))).Code);
    }
}
