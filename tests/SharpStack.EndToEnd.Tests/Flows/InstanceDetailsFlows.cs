using System.Text.Json;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>listVirtualMachines details=…: which groups of fields are filled, as upstream's VMDetails decide.</summary>
public abstract class InstanceDetailsFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task Details_choose_the_groups_of_fields_listVirtualMachines_fills()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 300, 256);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("det"));
        var vm = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("group", "web"))), "virtualmachine").Id();

        async Task<JsonElement> ListAsync(params string[] details)
        {
            var args = details.Length == 0 ? new[] { ("id", vm) } : [("id", vm), ("details", string.Join(',', details))];
            return (await user.CallAsync("listVirtualMachines", args)).EnsureOk().Items("virtualmachine")[0];
        }

        var all = await ListAsync();
        Assert.Equal(all.ToString(), (await ListAsync("all")).ToString());
        Assert.All(new[] { "templateid", "serviceofferingid", "cpunumber", "rootdeviceid", "group", "passwordenabled" }, f => Assert.True(all.TryGetProperty(f, out _), f));
        Assert.NotEmpty(all.GetProperty("nic").EnumerateArray());

        var min = await ListAsync("min");
        Assert.All(new[] { "id", "name", "state", "zoneid", "hypervisor", "osdisplayname" }, f => Assert.True(min.TryGetProperty(f, out _), f));
        Assert.All(new[] { "templateid", "serviceofferingid", "cpunumber", "rootdeviceid", "group", "diskofferingid" }, f => Assert.False(min.TryGetProperty(f, out _), f));
        Assert.Empty(min.GetProperty("nic").EnumerateArray());
        Assert.Empty(min.GetProperty("affinitygroup").EnumerateArray());

        var nics = await ListAsync("nics");
        Assert.NotEmpty(nics.GetProperty("nic").EnumerateArray());
        Assert.False(nics.TryGetProperty("templateid", out _));

        var some = await ListAsync("tmpl", "servoff", "group");
        Assert.Equal(cz.TemplateId, some.GetProperty("templateid").GetString());
        Assert.Equal(offering, some.GetProperty("serviceofferingid").GetString());
        Assert.Equal(1, some.GetProperty("cpunumber").GetInt32());
        Assert.Equal("web", some.GetProperty("group").GetString());
        Assert.False(some.TryGetProperty("rootdeviceid", out _));
        Assert.Empty(some.GetProperty("nic").EnumerateArray());

        var stats = await ListAsync("stats");
        Assert.Equal(256, stats.GetProperty("memory").GetInt32());
        Assert.False(stats.TryGetProperty("serviceofferingid", out _));
        Assert.True((await ListAsync("volume")).TryGetProperty("rootdeviceid", out _));

        var bad = await user.CallAsync("listVirtualMachines", ("details", "nics,bogus"));
        Assert.Equal(431, bad.ErrorCode);
        Assert.Contains("[all, group, nics, stats, secgrp, tmpl, servoff, diskoff, backoff, iso, volume, min, affgrp]", bad.ErrorText, StringComparison.Ordinal);
        Assert.Equal(431, (await user.CallAsync("listVirtualMachines", ("details", "ALL"))).ErrorCode);
    }
}

public sealed class SqliteInstanceDetailsFlows(SqliteServerFixture fixture) : InstanceDetailsFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresInstanceDetailsFlows(PostgresServerFixture fixture) : InstanceDetailsFlows(fixture), IClassFixture<PostgresServerFixture>;
