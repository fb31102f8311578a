using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.Cli.Tests;

/// <summary>`sharpstack zone apply` builds the example zone through the API, and a second apply changes nothing.</summary>
public sealed class ZoneApplyTests
{
    private static async Task<string> SnapshotAsync(CloudClient admin)
    {
        var zone = (await admin.CallAsync("listZones", ("name", "lab"))).EnsureOk().Items("zone").Single();
        var counts = new List<string> { zone.GetProperty("allocationstate").GetString()! };
        foreach (var (command, name) in new[] { ("listHosts", "host"), ("listStoragePools", "storagepool"), ("listImageStores", "imagestore"), ("listVlanIpRanges", "vlaniprange"), ("listPods", "pod"), ("listClusters", "cluster") })
        {
            counts.Add($"{name}={(await admin.CallAsync(command, ("zoneid", zone.Id()))).EnsureOk().Items(name).Count}");
        }
        var physical = (await admin.CallAsync("listPhysicalNetworks", ("zoneid", zone.Id()))).EnsureOk().Items("physicalnetwork").Single();
        counts.Add("physical=" + physical.GetProperty("state").GetString());
        counts.Add("traffic=" + (await admin.CallAsync("listTrafficTypes", ("physicalnetworkid", physical.Id()))).EnsureOk().Items("traffictype").Count);
        var enabled = (await admin.CallAsync("listNetworkServiceProviders", ("physicalnetworkid", physical.Id()), ("state", "Enabled"))).EnsureOk().Items("networkserviceprovider");
        counts.Add("providers=" + string.Join('+', enabled.Select(p => p.GetProperty("name").GetString()).Order()));
        return string.Join(' ', counts);
    }

    [Fact]
    public async Task Zone_file_builds_the_zone_and_a_second_apply_changes_nothing()
    {
        await using var server = await CloudServer.StartAsync();
        using var admin = await server.AdminAsync();
        var cli = CliRunner.InNewConfigFolder();
        (await cli.RunAsync("profile", "set", "admin", "url=" + server.BaseUrl, "apikey=" + admin.ApiKey, "secretkey=" + admin.SecretKey)).EnsureOk();

        var first = (await cli.RunAsync("zone", "apply", RepoFiles.ExampleZoneFile())).EnsureOk();
        Assert.Matches(@"^Zone 'lab': \d+ change\(s\), 0 item\(s\) already there", first.Output);
        Assert.Contains("createZone name=lab", first.Error, StringComparison.Ordinal);
        var built = await SnapshotAsync(admin);
        Assert.Equal("Enabled host=2 storagepool=1 imagestore=1 vlaniprange=1 pod=1 cluster=1 physical=Enabled traffic=3 providers=VirtualRouter+VpcVirtualRouter", built);
        var hosts = (await admin.CallAsync("listHosts", ("type", "Routing"))).EnsureOk().Items("host");
        Assert.Contains(hosts, h => h.GetProperty("cpunumber").GetInt32() == 16);

        var second = (await cli.RunAsync("zone", "apply", RepoFiles.ExampleZoneFile())).EnsureOk();
        Assert.Matches(@"^Zone 'lab': 0 change\(s\), \d+ item\(s\) already there", second.Output);
        Assert.Equal(built, await SnapshotAsync(admin));
    }

    [Fact]
    public async Task A_missing_or_malformed_file_is_a_usage_error()
    {
        var cli = CliRunner.InNewConfigFolder();
        var missing = await cli.RunAsync("zone", "apply", "/nonexistent/zone.yaml");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("No such file", missing.Error, StringComparison.Ordinal);

        var bad = Path.Combine(Path.GetDirectoryName(cli.ConfigFile)!, "bad.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(bad)!);
        await File.WriteAllTextAsync(bad, "zone: [unclosed\n");
        var malformed = await cli.RunAsync("zone", "apply", bad);
        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("bad.yaml", malformed.Error, StringComparison.Ordinal);
    }
}
