using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>A declarative zone file builds a zone through the API and is idempotent.</summary>
public sealed class ZoneFileTests
{
    private static async Task<(int Zones, int Hosts, int Pools, int Stores, int Ranges, string State)> CountAsync(CloudClient admin)
    {
        var zones = (await admin.CallAsync("listZones")).EnsureOk();
        var zone = zones.Items("zone").Single();
        return (zones.Count,
            (await admin.CallAsync("listHosts")).EnsureOk().Count,
            (await admin.CallAsync("listStoragePools")).EnsureOk().Count,
            (await admin.CallAsync("listImageStores")).EnsureOk().Count,
            (await admin.CallAsync("listVlanIpRanges")).EnsureOk().Count,
            zone.GetProperty("allocationstate").GetString()!);
    }

    [Fact]
    public async Task Example_zone_file_builds_the_zone_and_a_second_apply_changes_nothing()
    {
        var dataDir = Directory.CreateTempSubdirectory("sharpstack-zonefile-").FullName;
        var file = RepoFiles.ExampleZoneFile();
        var first = await CloudServer.StartAsync(DatabaseKind.Sqlite, dataDir, null, "--zone-file", file);
        (int, int, int, int, int, string) before;
        using (var admin = await first.AdminAsync())
        {
            before = await CountAsync(admin);
            Assert.Equal((1, 2, 1, 1, 1, "Enabled"), before);
            var big = (await admin.CallAsync("listHosts")).EnsureOk().Items("host").Single(h => h.GetProperty("cpunumber").GetInt32() == 16);
            Assert.Equal("Up", big.GetProperty("state").GetString());
            var providers = (await admin.CallAsync("listNetworkServiceProviders", ("state", "Enabled"))).EnsureOk().Items("networkserviceprovider");
            Assert.Equal(new[] { "VirtualRouter", "VpcVirtualRouter" }, providers.Select(p => p.GetProperty("name").GetString()).Order().ToArray());
        }
        await first.StopAsync();

        await using var second = await CloudServer.StartAsync(DatabaseKind.Sqlite, dataDir, null, "--zone-file", file);
        using var again = await second.AdminAsync();
        Assert.Equal(before, await CountAsync(again));
    }
}
