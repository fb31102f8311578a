using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>
/// Usage records from a server on a manual clock: an instance and a public address driven through
/// two days, with the server restarted in between and the second day aggregated by the aggregator
/// running alone (--usage-only) after an outage. Each period is written once, to the second.
/// </summary>
public abstract class UsageFlows(DatabaseKind kind)
{
    private static readonly DateTimeOffset Day1 = new(2030, 3, 4, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Instance_and_address_usage_is_exact_across_restarts_and_an_aggregator_of_its_own()
    {
        var clock = new ManualClock(Day1.AddHours(9));
        var server = await CloudServer.StartAsync(clock, kind);
        var (dataDir, database) = (server.DataDir, server.ConnectionString);
        try
        {
            var admin = await server.AdminAsync();
            // The clock jumps hours at a time; hosts must not look silent meanwhile.
            (await admin.CallAsync("updateConfiguration", ("name", "ping.timeout"), ("value", "1000000"))).EnsureOk();
            var cz = await ComputeZone.CreateAsync(admin, hosts: 1);
            var offering = await ComputeZone.OfferingAsync(admin, 1, 500, 256);
            var (account, user) = await Tenants.CreateAccountAsync(server, admin, Tenants.Unique("usage"));

            // Day 1: deployed at 09:00, an address acquired at 09:30, stopped at 10:30.
            var vm = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "billed"))), "virtualmachine");
            var networkId = vm.GetProperty("nic")[0].GetProperty("networkid").GetString()!;
            (await user.CallAndWaitAsync("createTags", ("resourcetype", "UserVm"), ("resourceids", vm.Id()), ("tags[0].key", "team"), ("tags[0].value", "blue"))).EnsureOk();
            var root = Assert.Single((await user.CallAsync("listVolumes", ("virtualmachineid", vm.Id()))).EnsureOk().Items("volume"));
            var sourceNat = Assert.Single((await user.CallAsync("listPublicIpAddresses", ("associatednetworkid", networkId))).EnsureOk().Items("publicipaddress"));
            clock.Advance(TimeSpan.FromMinutes(30));
            var address = InstanceFlows.JobObject(await user.CallAndWaitAsync("associateIpAddress", ("networkid", networkId)), "ipaddress");
            clock.Advance(TimeSpan.FromMinutes(60));
            (await user.CallAndWaitAsync("stopVirtualMachine", ("id", vm.Id()))).EnsureOk();

            // Nothing is written for a day that has not ended.
            (await admin.CallAsync("generateUsageRecords")).EnsureOk();
            Assert.Empty(await RecordsAsync(admin, account.Id(), "2030-03-04", "2030-03-04"));

            // A day is written once it has ended and settled for a minute.
            clock.MoveTo(Day1.AddDays(1).AddSeconds(59));
            (await admin.CallAsync("generateUsageRecords")).EnsureOk();
            Assert.Empty(await RecordsAsync(admin, account.Id(), "2030-03-04", "2030-03-04"));
            clock.MoveTo(Day1.AddDays(1).AddMinutes(1));
            // Two runs at once: one writes the day, the other finds it written.
            var runs = await Task.WhenAll(admin.CallAsync("generateUsageRecords"), admin.CallAsync("generateUsageRecords"));
            Assert.All(runs, r => Assert.True(r.EnsureOk()["success"].GetBoolean()));
            var day1 = await RecordsAsync(admin, account.Id(), "2030-03-04", "2030-03-04");
            var running = Single(day1, 1, vm.Id());
            Assert.Equal("1.5", running.GetProperty("rawusage").GetString());
            Assert.Equal("1.5 Hrs", running.GetProperty("usage").GetString());
            Assert.Equal(vm.Id(), running.GetProperty("virtualmachineid").GetString());
            Assert.Equal("billed", running.GetProperty("name").GetString());
            Assert.Equal(offering, running.GetProperty("offeringid").GetString());
            Assert.Equal(cz.TemplateId, running.GetProperty("templateid").GetString());
            Assert.Equal(cz.ZoneId, running.GetProperty("zoneid").GetString());
            Assert.Equal("Simulator", running.GetProperty("type").GetString());
            Assert.StartsWith("2030-03-04T00:00:00", running.GetProperty("startdate").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("2030-03-04T23:59:59", running.GetProperty("enddate").GetString(), StringComparison.Ordinal);
            Assert.Equal("15", Single(day1, 2, vm.Id()).GetProperty("rawusage").GetString());
            Assert.False(running.TryGetProperty("tags", out _));
            Assert.Contains(vm.Id(), running.GetProperty("description").GetString(), StringComparison.Ordinal);
            var tagged = Single(await RecordsAsync(admin, account.Id(), "2030-03-04", "2030-03-04", ("type", "1"), ("includetags", "true")), 1, vm.Id());
            Assert.Equal("blue", Assert.Single(tagged.GetProperty("tags").EnumerateArray()).GetProperty("value").GetString());
            var old = Single(await RecordsAsync(admin, account.Id(), "2030-03-04", "2030-03-04", ("type", "1"), ("oldformat", "true")), 1, vm.Id());
            Assert.Matches(@"^i-\d+-\d+-VM running time \(ServiceOffering: \d+\) \(Template: \d+\)$", old.GetProperty("description").GetString());
            Assert.DoesNotContain(vm.Id(), old.GetProperty("description").GetString(), StringComparison.Ordinal);
            var acquired = Single(day1, 3, address.Id());
            Assert.Equal("14.5", acquired.GetProperty("rawusage").GetString());
            Assert.False(acquired.GetProperty("issourcenat").GetBoolean());
            Assert.True(Single(day1, 3, sourceNat.Id()).GetProperty("issourcenat").GetBoolean());
            var rootUsage = Single(day1, 6, root.Id());
            Assert.Equal("15", rootUsage.GetProperty("rawusage").GetString());
            Assert.Equal(2L << 30, rootUsage.GetProperty("size").GetInt64());
            var day1Count = day1.Count;
            // The template the zone's operator registered at 09:00 is billed to the admin account.
            var adminAccount = Assert.Single((await admin.CallAsync("listAccounts", ("name", "admin"))).EnsureOk().Items("account")).Id();
            var template = Single(await RecordsAsync(admin, adminAccount, "2030-03-04", "2030-03-04", ("type", "7")), 7, cz.TemplateId);
            Assert.Equal("15", template.GetProperty("rawusage").GetString());
            Assert.True(template.GetProperty("size").GetInt64() >= 0);

            // The management server restarts; day 2: address released at 01:00, started 02:00, destroyed 02:30.
            await server.StopAsync();
            server = await CloudServer.StartAsync(clock, kind, dataDir, database);
            admin = await server.AdminAsync();
            user = server.NewClient().WithKeys(user.ApiKey!, user.SecretKey!);
            clock.MoveTo(Day1.AddDays(1).AddHours(1));
            (await user.CallAndWaitAsync("disassociateIpAddress", ("id", address.Id()))).EnsureOk();
            clock.Advance(TimeSpan.FromHours(1));
            (await user.CallAndWaitAsync("startVirtualMachine", ("id", vm.Id()))).EnsureOk();
            clock.Advance(TimeSpan.FromMinutes(30));
            (await user.CallAndWaitAsync("destroyVirtualMachine", ("id", vm.Id()))).EnsureOk();

            // The management server is down when day 2 ends; the aggregator alone catches up.
            await server.StopAsync();
            clock.MoveTo(Day1.AddDays(2).AddMinutes(5));
            var aggregator = await CloudServer.StartAsync(clock, kind, dataDir, database, "--usage-only");
            try
            {
                await WaitForPeriodsAsync(aggregator, 2);
            }
            finally
            {
                await aggregator.StopAsync();
            }
            server = await CloudServer.StartAsync(clock, kind, dataDir, database);
            admin = await server.AdminAsync();
            (await admin.CallAsync("generateUsageRecords")).EnsureOk();
            (await admin.CallAsync("generateUsageRecords")).EnsureOk();

            var day2 = await RecordsAsync(admin, account.Id(), "2030-03-05", "2030-03-05");
            Assert.Equal("0.5", Single(day2, 1, vm.Id()).GetProperty("rawusage").GetString());
            Assert.Equal("2.5", Single(day2, 2, vm.Id()).GetProperty("rawusage").GetString());
            Assert.Equal("1", Single(day2, 3, address.Id()).GetProperty("rawusage").GetString());
            // A destroyed instance's root disk is billed until it is expunged.
            Assert.Equal("24", Single(day2, 6, root.Id()).GetProperty("rawusage").GetString());
            Assert.Equal(day1Count, (await RecordsAsync(admin, account.Id(), "2030-03-04", "2030-03-04")).Count);

            // Raw data older than a day goes; the records stay and nothing is written again.
            (await admin.CallAsync("removeRawUsageRecords", ("interval", "1"))).EnsureOk();
            (await admin.CallAsync("generateUsageRecords")).EnsureOk();
            Assert.Equal(day1Count, (await RecordsAsync(admin, account.Id(), "2030-03-04", "2030-03-04")).Count);
            Assert.Equal(day2.Count, (await RecordsAsync(admin, account.Id(), "2030-03-05", "2030-03-05")).Count);
            var both = await RecordsAsync(admin, account.Id(), "2030-03-04 00:00:00", "2030-03-05 23:59:59", ("type", "1"));
            Assert.Equal(2.0, both.Sum(r => double.Parse(r.GetProperty("rawusage").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
            var byUsageId = await RecordsAsync(admin, account.Id(), "2030-03-04", "2030-03-05", ("type", "3"), ("usageid", address.Id()));
            Assert.Equal(["14.5", "1"], byUsageId.Select(r => r.GetProperty("rawusage").GetString()!).ToArray());
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Hourly_periods_split_ninety_minutes_and_a_domain_admin_sees_only_its_domain()
    {
        var clock = new ManualClock(Day1.AddHours(10).AddMinutes(15));
        await using var server = await CloudServer.StartAsync(clock, kind);
        var admin = await server.AdminAsync();
        (await admin.CallAsync("updateConfiguration", ("name", "ping.timeout"), ("value", "1000000"))).EnsureOk();
        (await admin.CallAsync("updateConfiguration", ("name", "usage.stats.job.aggregation.range"), ("value", "60"))).EnsureOk();
        var cz = await ComputeZone.CreateAsync(admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(admin, 1, 500, 256);
        var (account, user) = await Tenants.CreateAccountAsync(server, admin, Tenants.Unique("hourly"));
        var vm = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "hourly"))), "virtualmachine");
        clock.Advance(TimeSpan.FromMinutes(90));
        (await user.CallAndWaitAsync("stopVirtualMachine", ("id", vm.Id()))).EnsureOk();
        clock.MoveTo(Day1.AddHours(12).AddMinutes(1));
        (await admin.CallAsync("generateUsageRecords")).EnsureOk();

        var running = (await RecordsAsync(admin, account.Id(), "2030-03-04", "2030-03-04", ("type", "1"))).ToList();
        Assert.Equal(["0.75", "0.75"], running.Select(r => r.GetProperty("rawusage").GetString()!).ToArray());
        Assert.Equal(["2030-03-04T10:00:00", "2030-03-04T11:00:00"], running.Select(r => r.GetProperty("startdate").GetString()![..19]).ToArray());
        Assert.Equal(["2030-03-04T10:59:59", "2030-03-04T11:59:59"], running.Select(r => r.GetProperty("enddate").GetString()![..19]).ToArray());
        Assert.Single(await RecordsAsync(admin, account.Id(), "2030-03-04 11:00:00", "2030-03-04 11:59:59", ("type", "1")));

        var domain = await Tenants.CreateDomainAsync(admin, Tenants.Unique("dom"));
        var (_, domainAdmin) = await Tenants.CreateAccountAsync(server, admin, Tenants.Unique("dadmin"), accountType: 2, domainId: domain.Id());
        Assert.Empty((await domainAdmin.CallAsync("listUsageRecords", ("startdate", "2030-03-04"), ("enddate", "2030-03-04"))).EnsureOk().Items("usagerecord"));
        var foreign = await domainAdmin.CallAsync("listUsageRecords", ("startdate", "2030-03-04"), ("enddate", "2030-03-04"), ("accountid", account.Id()));
        Assert.Equal(431, foreign.ErrorCode);
        Assert.NotEmpty((await admin.CallAsync("listUsageRecords", ("startdate", "2030-03-04"), ("enddate", "2030-03-04"))).EnsureOk().Items("usagerecord"));
    }

    [Fact]
    public async Task Port_forwarding_load_balancing_and_vpn_users_are_billed_until_removed_or_released()
    {
        var clock = new ManualClock(Day1.AddHours(9));
        await using var server = await CloudServer.StartAsync(clock, kind);
        var admin = await server.AdminAsync();
        (await admin.CallAsync("updateConfiguration", ("name", "ping.timeout"), ("value", "1000000"))).EnsureOk();
        var cz = await ComputeZone.CreateAsync(admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(admin, 1, 500, 256);
        var (account, user) = await Tenants.CreateAccountAsync(server, admin, Tenants.Unique("rules"));

        // 09:00 a port forwarding rule; 09:30 a load balancer on another address, a VPN and a VPN user.
        var vm = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "served"))), "virtualmachine");
        var networkId = vm.GetProperty("nic")[0].GetProperty("networkid").GetString()!;
        var sourceNat = Assert.Single((await user.CallAsync("listPublicIpAddresses", ("associatednetworkid", networkId))).EnsureOk().Items("publicipaddress"));
        var forward = InstanceFlows.JobObject(await user.CallAndWaitAsync("createPortForwardingRule", ("ipaddressid", sourceNat.Id()), ("protocol", "tcp"),
            ("publicport", "2222"), ("privateport", "22"), ("virtualmachineid", vm.Id())), "portforwardingrule");
        clock.Advance(TimeSpan.FromMinutes(30));
        var address = InstanceFlows.JobObject(await user.CallAndWaitAsync("associateIpAddress", ("networkid", networkId)), "ipaddress");
        var balancer = InstanceFlows.JobObject(await user.CallAndWaitAsync("createLoadBalancerRule", ("publicipid", address.Id()), ("name", "web"),
            ("algorithm", "roundrobin"), ("publicport", "80"), ("privateport", "8080")), "loadbalancer");
        (await user.CallAndWaitAsync("assignToLoadBalancerRule", ("id", balancer.Id()), ("virtualmachineids", vm.Id()))).EnsureOk();
        (await user.CallAndWaitAsync("createRemoteAccessVpn", ("publicipid", sourceNat.Id()))).EnsureOk();
        var vpnUser = InstanceFlows.JobObject(await user.CallAndWaitAsync("addVpnUser", ("username", "alice"), ("password", "s3cret-pass")), "vpnuser");

        // 10:30 the port forwarding rule goes; 11:00 the VPN user; 11:30 the balanced address is released with its rule.
        clock.Advance(TimeSpan.FromMinutes(60));
        (await user.CallAndWaitAsync("deletePortForwardingRule", ("id", forward.Id()))).EnsureOk();
        clock.Advance(TimeSpan.FromMinutes(30));
        (await user.CallAndWaitAsync("removeVpnUser", ("username", "alice"))).EnsureOk();
        clock.Advance(TimeSpan.FromMinutes(30));
        (await user.CallAndWaitAsync("disassociateIpAddress", ("id", address.Id()))).EnsureOk();

        clock.MoveTo(Day1.AddDays(1).AddMinutes(1));
        (await admin.CallAsync("generateUsageRecords")).EnsureOk();
        var day = await RecordsAsync(admin, account.Id(), "2030-03-04", "2030-03-04");
        var forwarding = Single(day, 12, forward.Id());
        Assert.Equal("1.5", forwarding.GetProperty("rawusage").GetString());
        var balancing = Single(day, 11, balancer.Id());
        Assert.Equal("2", balancing.GetProperty("rawusage").GetString());
        var vpn = Single(day, 14, vpnUser.Id());
        Assert.Equal("1.5", vpn.GetProperty("rawusage").GetString());
        Assert.Contains("alice", vpn.GetProperty("description").GetString());
        // Records of removed rules are still found by their ids.
        Assert.Single(await RecordsAsync(admin, account.Id(), "2030-03-04", "2030-03-04", ("type", "12"), ("usageid", forward.Id())));
    }

    [Fact]
    public async Task Usage_commands_check_their_input_and_list_every_upstream_type()
    {
        await using var server = await CloudServer.StartAsync(kind);
        var admin = await server.AdminAsync();
        var types = (await admin.CallAsync("listUsageTypes")).EnsureOk().Items("usagetype");
        Assert.Equal(25, types.Count);
        var running = types.Single(t => t.GetProperty("id").GetInt32() == 1);
        Assert.Equal("RUNNING_VM", running.GetProperty("name").GetString());
        Assert.Equal("Running Vm Usage", running.GetProperty("description").GetString());
        Assert.Equal("VM Snapshot storage usage", types.Single(t => t.GetProperty("id").GetInt32() == 25).GetProperty("description").GetString());

        Assert.Equal(431, (await admin.CallAsync("listUsageRecords", ("startdate", "2030-03-04"))).ErrorCode);
        Assert.Equal(431, (await admin.CallAsync("listUsageRecords", ("startdate", "2030-03-05"), ("enddate", "2030-03-04"))).ErrorCode);
        Assert.Equal(431, (await admin.CallAsync("listUsageRecords", ("startdate", "yesterday"), ("enddate", "2030-03-04"))).ErrorCode);
        Assert.Equal(431, (await admin.CallAsync("listUsageRecords", ("startdate", "2030-03-04"), ("enddate", "2030-03-04"), ("usageid", Guid.NewGuid().ToString()))).ErrorCode);
        Assert.Equal(431, (await admin.CallAsync("removeRawUsageRecords", ("interval", "0"))).ErrorCode);
        Assert.Equal(431, (await admin.CallAsync("updateConfiguration", ("name", "usage.aggregation.timezone"), ("value", "Mars/Olympus"))).ErrorCode);
        Assert.Equal(431, (await admin.CallAsync("updateConfiguration", ("name", "usage.stats.job.aggregation.range"), ("value", "0"))).ErrorCode);
        (await admin.CallAsync("updateConfiguration", ("name", "usage.aggregation.timezone"), ("value", "Europe/Berlin"))).EnsureOk();
        Assert.True((await admin.CallAsync("removeRawUsageRecords", ("interval", "30"))).EnsureOk()["success"].GetBoolean());
        Assert.Empty((await admin.CallAsync("listUsageRecords", ("startdate", "2030-03-04"), ("enddate", "2030-03-04"))).EnsureOk().Items("usagerecord"));

        var (_, user) = await Tenants.CreateAccountAsync(server, admin, Tenants.Unique("nousage"));
        Assert.Equal(432, (await user.CallAsync("listUsageRecords", ("startdate", "2030-03-04"), ("enddate", "2030-03-04"))).Code);
        Assert.Equal(432, (await user.CallAsync("generateUsageRecords")).Code);
    }

    private static async Task<List<JsonElement>> RecordsAsync(CloudClient admin, string accountId, string start, string end, params (string, string)[] more) =>
        [.. (await admin.CallAsync("listUsageRecords", [("accountid", accountId), ("startdate", start), ("enddate", end), .. more])).EnsureOk().Items("usagerecord")];

    private static JsonElement Single(IEnumerable<JsonElement> records, int type, string usageId) =>
        Assert.Single(records, r => r.GetProperty("usagetype").GetInt32() == type && r.GetProperty("usageid").GetString() == usageId);

    private static async Task WaitForPeriodsAsync(CloudServer aggregator, int periods)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using (var scope = aggregator.Services.CreateAsyncScope())
            {
                if (await scope.ServiceProvider.GetRequiredService<SharpStack.Data.CloudDbContext>().UsagePeriods.CountAsync() >= periods)
                {
                    return;
                }
            }
            Assert.True(DateTime.UtcNow < deadline, "the usage aggregator did not catch up");
            await Task.Delay(200);
        }
    }
}

public sealed class SqliteUsageFlows() : UsageFlows(DatabaseKind.Sqlite);

[Collection("postgres")]
public sealed class PostgresUsageFlows() : UsageFlows(DatabaseKind.Postgres);
