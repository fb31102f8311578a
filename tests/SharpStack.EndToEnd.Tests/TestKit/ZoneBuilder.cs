using System.Text.Json;

namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>A small Advanced zone with one pod and one Simulator cluster, built through the API.</summary>
public sealed record TestZone(string ZoneId, string PodId, string ClusterId)
{
    public static async Task<TestZone> CreateAsync(CloudClient admin, string? subnet = null)
    {
        var octet = Random.Shared.Next(1, 250);
        subnet ??= $"10.{octet}.{Random.Shared.Next(1, 250)}";
        var zone = (await admin.CallAsync("createZone", ("name", Tenants.Unique("zone")), ("networktype", "Advanced"), ("dns1", "192.0.2.53"),
            ("internaldns1", "192.0.2.54"))).EnsureOk()["zone"];
        // Guest VLANs for isolated networks and public addresses for their source NAT (documentation ranges: data only).
        var physical = (await admin.CallAsync("createPhysicalNetwork", ("zoneid", zone.Id()), ("name", "physical"), ("isolationmethods", "VLAN"), ("vlan", "100-999"))).EnsureOk();
        await admin.WaitForJobAsync(physical.Str("jobid"));
        foreach (var traffic in new[] { "Guest", "Public", "Management" })
        {
            (await admin.CallAndWaitAsync("addTrafficType", ("physicalnetworkid", physical.Str("id")), ("traffictype", traffic))).EnsureOk();
        }
        (await admin.CallAndWaitAsync("updatePhysicalNetwork", ("id", physical.Str("id")), ("state", "Enabled"))).EnsureOk();
        (await admin.CallAsync("createVlanIpRange", ("zoneid", zone.Id()), ("vlan", "untagged"), ("gateway", "203.0.113.1"), ("netmask", "255.255.255.0"),
            ("startip", "203.0.113.2"), ("endip", "203.0.113.254"), ("forvirtualnetwork", "true"))).EnsureOk();
        var pod = (await admin.CallAsync("createPod", ("zoneid", zone.Id()), ("name", "pod"), ("gateway", subnet + ".1"), ("netmask", "255.255.255.0"),
            ("startip", subnet + ".200"), ("endip", subnet + ".250"))).EnsureOk()["pod"];
        var cluster = (await admin.CallAsync("addCluster", ("zoneid", zone.Id()), ("podid", pod.Id()), ("clustername", "sim"),
            ("hypervisor", "Simulator"), ("clustertype", "CloudManaged"))).EnsureOk().Items("cluster")[0];
        return new TestZone(zone.Id(), pod.Id(), cluster.Id());
    }

    public async Task<JsonElement> AddHostAsync(CloudClient admin, string url = "http://sim/c1/h1") =>
        (await admin.CallAsync("addHost", ("zoneid", ZoneId), ("podid", PodId), ("clusterid", ClusterId), ("hypervisor", "Simulator"), ("url", url))).EnsureOk().Items("host")[0];
}
