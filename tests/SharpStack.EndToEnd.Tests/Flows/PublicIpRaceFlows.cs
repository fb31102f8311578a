using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>
/// 500 associateIpAddress calls at once, spread over ten accounts' networks, on a public range
/// with 400 free addresses: 400 get one, 100 get upstream's insufficient address capacity error,
/// and no address is given twice.
/// </summary>
public abstract class PublicIpRaceFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    [Fact]
    public async Task Five_hundred_concurrent_associations_on_four_hundred_addresses_give_each_address_once()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 2);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 100, 128);
        // The zone's range is replaced by one of 410 addresses: ten for the networks' source NAT, 400 to race for.
        foreach (var range in (await Admin.CallAsync("listVlanIpRanges", ("zoneid", cz.ZoneId))).EnsureOk().Items("vlaniprange"))
        {
            (await Admin.CallAsync("deleteVlanIpRange", ("id", range.Id()))).EnsureOk();
        }
        (await Admin.CallAsync("createVlanIpRange", ("zoneid", cz.ZoneId), ("vlan", "untagged"), ("gateway", "100.64.0.1"), ("netmask", "255.255.254.0"),
            ("startip", "100.64.0.2"), ("endip", "100.64.1.155"), ("forvirtualnetwork", "true"))).EnsureOk();

        var networks = new List<(CloudClient User, string NetworkId)>();
        for (var a = 0; a < 10; a++)
        {
            var (account, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("race"));
            (await Admin.CallAsync("updateResourceLimit", ("account", account.GetProperty("name").GetString()!), ("domainid", account.GetProperty("domainid").GetString()!),
                ("resourcetype", "1"), ("max", "-1"))).EnsureOk();
            var vm = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine");
            networks.Add((user, vm.GetProperty("nic")[0].GetProperty("networkid").GetString()!));
        }

        // All 500 are sent at once; their jobs are then awaited one after another, so that 500 pollers do not load the server.
        var submitted = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => networks[i % networks.Count])
            .Select(n => n.User.CallAsync("associateIpAddress", ("networkid", n.NetworkId))));
        var replies = new List<ApiReply>();
        for (var i = 0; i < submitted.Length; i++)
        {
            replies.Add(submitted[i].IsError ? submitted[i] : await networks[i % networks.Count].User.WaitForJobAsync(submitted[i].Str("jobid"), timeoutSeconds: 300));
        }

        var given = replies.Where(r => !r.IsError && r["jobstatus"].GetInt32() == 1)
            .Select(r => r["jobresult"].GetProperty("ipaddress").GetProperty("ipaddress").GetString()!).ToList();
        var refused = replies.Where(r => r.IsError || r["jobstatus"].GetInt32() == 2).ToList();
        Assert.Equal(400, given.Count);
        Assert.Equal(400, given.Distinct().Count());
        Assert.Equal(100, refused.Count);
        Assert.All(refused, r => Assert.Equal(533, ImageKit.Code(r)));
        Assert.All(refused, r => Assert.Contains("Insufficient address capacity", r.IsError ? r.ErrorText : r["jobresult"].GetProperty("errortext").GetString()));

        // Every address of the range is now held exactly once: the 400 and the ten source NAT addresses.
        var allocated = (await Admin.CallAsync("listPublicIpAddresses", ("zoneid", cz.ZoneId), ("allocatedonly", "true"), ("listall", "true"), ("pagesize", "500")))
            .EnsureOk().Items("publicipaddress").Select(a => a.GetProperty("ipaddress").GetString()!).ToList();
        Assert.Equal(410, allocated.Count);
        Assert.Equal(410, allocated.Distinct().Count());
        Assert.Superset(given.ToHashSet(), allocated.ToHashSet());
    }
}

public sealed class SqlitePublicIpRaceFlows(SqliteServerFixture fixture) : PublicIpRaceFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresPublicIpRaceFlows(PostgresServerFixture fixture) : PublicIpRaceFlows(fixture), IClassFixture<PostgresServerFixture>;
