using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Compute and disk offerings: defaults, fixed and customized, scoping and validation.</summary>
public abstract class OfferingFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task Upstreams_default_offerings_are_there_on_a_fresh_install()
    {
        var compute = (await Admin.CallAsync("listServiceOfferings")).EnsureOk().Items("serviceoffering");
        var small = compute.Single(o => o.GetProperty("name").GetString() == "Small Instance");
        Assert.Equal(1, small.GetProperty("cpunumber").GetInt32());
        Assert.Equal(500, small.GetProperty("cpuspeed").GetInt32());
        Assert.Equal(512, small.GetProperty("memory").GetInt32());
        Assert.Contains(compute, o => o.GetProperty("name").GetString() == "Medium Instance");
        Assert.DoesNotContain(compute, o => o.GetProperty("issystem").GetBoolean());
        var system = (await Admin.CallAsync("listServiceOfferings", ("issystem", "true"))).EnsureOk().Items("serviceoffering");
        Assert.Contains(system, o => o.GetProperty("systemvmtype").GetString() == "domainrouter");
        var disks = (await Admin.CallAsync("listDiskOfferings")).EnsureOk().Items("diskoffering").Select(o => o.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "Small", "Medium", "Large", "Custom" }, disks.ToHashSet());
    }

    [Fact]
    public async Task Fixed_and_constrained_custom_compute_offerings_are_created_and_validated()
    {
        var fixedOffering = (await Admin.CallAsync("createServiceOffering", ("name", Tenants.Unique("fixed")), ("cpunumber", "2"), ("cpuspeed", "2000"),
            ("memory", "2048"), ("offerha", "true"), ("hosttags", "ssd"), ("tags", "fast"), ("storagetype", "local"), ("iopsreadrate", "500"))).EnsureOk()["serviceoffering"];
        Assert.False(fixedOffering.GetProperty("iscustomized").GetBoolean());
        Assert.True(fixedOffering.GetProperty("offerha").GetBoolean());
        Assert.Equal("local", fixedOffering.GetProperty("storagetype").GetString());
        Assert.Equal(500, fixedOffering.GetProperty("diskIopsReadRate").GetInt64());
        var custom = (await Admin.CallAsync("createServiceOffering", ("name", Tenants.Unique("custom")), ("customized", "true"), ("cpuspeed", "1000"),
            ("mincpunumber", "1"), ("maxcpunumber", "8"), ("minmemory", "512"), ("maxmemory", "8192"))).EnsureOk()["serviceoffering"];
        Assert.True(custom.GetProperty("iscustomized").GetBoolean());
        Assert.Equal("8", custom.GetProperty("serviceofferingdetails").GetProperty("maxcpunumber").GetString());

        Assert.Equal(431, (await Admin.CallAsync("createServiceOffering", ("name", "x"), ("customized", "true"), ("mincpunumber", "4"), ("maxcpunumber", "2"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createServiceOffering", ("name", "x"), ("cpunumber", "0"), ("cpuspeed", "1000"), ("memory", "512"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createServiceOffering", ("name", "x"), ("cpunumber", "1"), ("cpuspeed", "1000"), ("memory", "512"), ("storagetype", "tape"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createServiceOffering", ("name", "x"), ("cpunumber", "1"), ("cpuspeed", "1000"), ("memory", "512"), ("iopsreadrate", "10"), ("iopsreadratemax", "5"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createServiceOffering", ("name", "x"), ("cpunumber", "1"), ("cpuspeed", "1000"), ("memory", "512"), ("systemvmtype", "domainrouter"))).ErrorCode);

        var inactive = (await Admin.CallAsync("updateServiceOffering", ("id", fixedOffering.Id()), ("state", "Inactive"), ("name", "renamed-" + Tenants.Unique("o")))).EnsureOk()["serviceoffering"];
        Assert.Equal("Inactive", inactive.GetProperty("state").GetString());
        Assert.DoesNotContain(fixedOffering.Id(), (await Admin.CallAsync("listServiceOfferings")).Body, StringComparison.Ordinal);
        Assert.Contains(fixedOffering.Id(), (await Admin.CallAsync("listServiceOfferings", ("state", "Inactive"))).Body, StringComparison.Ordinal);
        (await Admin.CallAsync("deleteServiceOffering", ("id", custom.Id()))).EnsureOk();
        Assert.Equal(431, (await Admin.CallAsync("listServiceOfferings", ("id", custom.Id()))).ErrorCode);
    }

    [Fact]
    public async Task Disk_offerings_have_fixed_or_custom_sizes()
    {
        var fixedDisk = (await Admin.CallAsync("createDiskOffering", ("name", Tenants.Unique("d")), ("disksize", "50"), ("tags", "ssd"), ("bytesreadrate", "1048576"))).EnsureOk()["diskoffering"];
        Assert.Equal(50, fixedDisk.GetProperty("disksize").GetInt64());
        Assert.False(fixedDisk.GetProperty("iscustomized").GetBoolean());
        var custom = (await Admin.CallAsync("createDiskOffering", ("name", Tenants.Unique("c")), ("customized", "true"), ("customizediops", "true"), ("miniops", "100"), ("maxiops", "1000"))).EnsureOk()["diskoffering"];
        Assert.True(custom.GetProperty("iscustomized").GetBoolean());
        Assert.True(custom.GetProperty("iscustomizediops").GetBoolean());
        Assert.Equal(431, (await Admin.CallAsync("createDiskOffering", ("name", "x"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createDiskOffering", ("name", "x"), ("customized", "true"), ("disksize", "5"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createDiskOffering", ("name", "x"), ("disksize", "-5"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createDiskOffering", ("name", "x"), ("disksize", "5"), ("miniops", "10"), ("maxiops", "5"))).ErrorCode);
        var hidden = (await Admin.CallAsync("updateDiskOffering", ("id", fixedDisk.Id()), ("displayoffering", "false"))).EnsureOk()["diskoffering"];
        Assert.False(hidden.GetProperty("displayoffering").GetBoolean());
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("viewer"));
        Assert.DoesNotContain(fixedDisk.Id(), (await user.CallAsync("listDiskOfferings")).Body, StringComparison.Ordinal);
        Assert.Contains(custom.Id(), (await user.CallAsync("listDiskOfferings")).Body, StringComparison.Ordinal);
        (await Admin.CallAsync("deleteDiskOffering", ("id", fixedDisk.Id()))).EnsureOk();
    }

    [Fact]
    public async Task Domain_offerings_are_seen_only_inside_their_domain()
    {
        var domain = await Tenants.CreateDomainAsync(Admin, Tenants.Unique("sales"));
        var other = await Tenants.CreateDomainAsync(Admin, Tenants.Unique("eng"));
        var (_, inside) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("in"), 0, domain.Id());
        var (_, outside) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("out"), 0, other.Id());
        var (_, domainAdmin) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("da"), 2, domain.Id());
        var offering = (await Admin.CallAsync("createServiceOffering", ("name", Tenants.Unique("sales")), ("cpunumber", "1"), ("cpuspeed", "500"),
            ("memory", "256"), ("domainid", domain.Id()))).EnsureOk()["serviceoffering"];
        Assert.Equal(domain.Id(), offering.GetProperty("domainid").GetString());
        Assert.Contains(offering.Id(), (await inside.CallAsync("listServiceOfferings")).Body, StringComparison.Ordinal);
        Assert.DoesNotContain(offering.Id(), (await outside.CallAsync("listServiceOfferings")).Body, StringComparison.Ordinal);
        Assert.Equal(431, (await outside.CallAsync("listServiceOfferings", ("id", offering.Id()))).ErrorCode);

        Assert.Equal(431, (await domainAdmin.CallAsync("createServiceOffering", ("name", "x"), ("cpunumber", "1"), ("cpuspeed", "500"), ("memory", "256"))).ErrorCode);
        Assert.Equal(431, (await domainAdmin.CallAsync("createServiceOffering", ("name", "x"), ("cpunumber", "1"), ("cpuspeed", "500"), ("memory", "256"), ("domainid", other.Id()))).ErrorCode);
        (await domainAdmin.CallAsync("createServiceOffering", ("name", Tenants.Unique("own")), ("cpunumber", "1"), ("cpuspeed", "500"), ("memory", "256"), ("domainid", domain.Id()))).EnsureOk();
        var small = (await Admin.CallAsync("listServiceOfferings", ("name", "Small Instance"))).EnsureOk().Items("serviceoffering")[0];
        Assert.Equal(431, (await domainAdmin.CallAsync("updateServiceOffering", ("id", small.Id()), ("name", "mine"))).ErrorCode);
    }
}

public sealed class SqliteOfferingFlows(SqliteServerFixture fixture) : OfferingFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresOfferingFlows(PostgresServerFixture fixture) : OfferingFlows(fixture), IClassFixture<PostgresServerFixture>;
