using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>--demo starts a cloud that is ready to use, and a second start keeps it as it is.</summary>
public sealed class DemoZoneTests
{
    [Fact]
    public async Task Demo_flag_builds_an_enabled_zone_of_simulated_hosts_once()
    {
        var dataDir = Directory.CreateTempSubdirectory("sharpstack-demo-").FullName;
        var first = await CloudServer.StartAsync(DatabaseKind.Sqlite, dataDir, null, "--demo");
        string zoneId;
        using (var admin = await first.AdminAsync())
        {
            var zone = (await admin.CallAsync("listZones", ("name", "Demo"))).EnsureOk().Items("zone").Single();
            zoneId = zone.Id();
            Assert.Equal("Enabled", zone.GetProperty("allocationstate").GetString());
            Assert.Equal("Advanced", zone.GetProperty("networktype").GetString());
            var hosts = (await admin.CallAsync("listHosts", ("zoneid", zoneId))).EnsureOk().Items("host");
            Assert.Equal(4, hosts.Count);
            Assert.All(hosts, h => Assert.Equal("Up", h.GetProperty("state").GetString()));
            Assert.Single((await admin.CallAsync("listStoragePools", ("zoneid", zoneId))).EnsureOk().Items("storagepool"));
            Assert.Single((await admin.CallAsync("listImageStores", ("zoneid", zoneId))).EnsureOk().Items("imagestore"));
            Assert.Single((await admin.CallAsync("listVlanIpRanges", ("zoneid", zoneId))).EnsureOk().Items("vlaniprange"));
            var providers = (await admin.CallAsync("listNetworkServiceProviders", ("name", "VirtualRouter"))).EnsureOk().Items("networkserviceprovider");
            Assert.Equal("Enabled", Assert.Single(providers).GetProperty("state").GetString());

            var capacity = (await admin.CallAsync("listCapacity", ("zoneid", zoneId))).EnsureOk().Items("capacity")
                .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("capacitytotal").GetInt64());
            Assert.Equal(191, capacity["VIRTUAL_NETWORK_PUBLIC_IP"]);
            Assert.Equal(100, capacity["VLAN"]);
            Assert.Equal(51, capacity["PRIVATE_IP"]);

            // A newcomer deploys at once: the featured demo template and a default offering.
            var template = Assert.Single((await admin.CallAsync("listTemplates", ("templatefilter", "featured"), ("zoneid", zoneId))).EnsureOk().Items("template"));
            Assert.True(template.GetProperty("isready").GetBoolean());
            var offering = (await admin.CallAsync("listServiceOfferings", ("name", "Small Instance"))).EnsureOk().Items("serviceoffering")[0].Id();
            var (_, user) = await Tenants.CreateAccountAsync(first, admin, Tenants.Unique("demo"));
            var deployed = await user.CallAndWaitAsync("deployVirtualMachine", ("zoneid", zoneId), ("templateid", template.Id()), ("serviceofferingid", offering));
            Assert.True(deployed["jobstatus"].GetInt32() == 1, deployed.Body);
            var vm = deployed["jobresult"].GetProperty("virtualmachine");
            Assert.Equal("Running", vm.GetProperty("state").GetString());
            Assert.False(string.IsNullOrEmpty(vm.GetProperty("password").GetString()));
        }
        await first.StopAsync();

        await using var second = await CloudServer.StartAsync(DatabaseKind.Sqlite, dataDir, null, "--demo");
        using var again = await second.AdminAsync();
        var zones = (await again.CallAsync("listZones")).EnsureOk().Items("zone");
        Assert.Equal(zoneId, Assert.Single(zones).Id());
        Assert.Equal(4, (await again.CallAsync("listHosts")).EnsureOk().Count);
    }
}
