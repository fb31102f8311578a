using System.Text.Json;

namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>
/// An enabled Advanced zone ready for instances: simulated hosts of a given size, a cluster-wide
/// NFS primary pool (simulated), an NFS image store (simulated) and a ready Simulator template.
/// </summary>
public sealed record ComputeZone(TestZone Zone, IReadOnlyList<string> HostIds, string PoolId, string TemplateId)
{
    public string ZoneId => Zone.ZoneId;

    public static async Task<ComputeZone> CreateAsync(CloudClient admin, int hosts, int cpuNumber = 8, long cpuSpeed = 2000, long memoryBytes = 16L << 30,
        long poolBytes = 10L << 40)
    {
        var zone = await TestZone.CreateAsync(admin);
        var hostIds = new List<string>();
        for (var i = 1; i <= hosts; i++)
        {
            hostIds.Add((await zone.AddHostAsync(admin, $"http://sim/c1/h{i}?cpunumber={cpuNumber}&cpuspeed={cpuSpeed}&memory={memoryBytes}")).Id());
        }
        var pool = (await admin.CallAsync("createStoragePool", ("zoneid", zone.ZoneId), ("podid", zone.PodId), ("clusterid", zone.ClusterId),
            ("name", "primary"), ("url", "nfs://192.0.2.10/export/" + Tenants.Unique("primary")), ("capacitybytes", poolBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)))).EnsureOk()["storagepool"];
        (await admin.CallAsync("addImageStore", ("provider", "NFS"), ("zoneid", zone.ZoneId), ("name", "nfs"), ("url", "nfs://192.0.2.20/export/" + Tenants.Unique("secondary")))).EnsureOk();
        (await admin.CallAsync("updateZone", ("id", zone.ZoneId), ("allocationstate", "Enabled"))).EnsureOk();
        var template = (await admin.CallAsync("registerTemplate", ("name", Tenants.Unique("tpl")), ("displaytext", "test template"), ("url", "http://203.0.113.10/disk.qcow2"),
            ("zoneid", zone.ZoneId), ("format", "QCOW2"), ("hypervisor", "Simulator"), ("ispublic", "true"), ("isfeatured", "true"),
            ("passwordenabled", "true"), ("isdynamicallyscalable", "true"))).EnsureOk().Items("template")[0].Id();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var listed = (await admin.CallAsync("listTemplates", ("templatefilter", "all"), ("id", template), ("zoneid", zone.ZoneId))).EnsureOk().Items("template");
            if (listed.Count == 1 && listed[0].GetProperty("isready").GetBoolean())
            {
                break;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the simulated template did not become ready");
            }
            await Task.Delay(200);
        }
        return new ComputeZone(zone, hostIds, pool.Id(), template);
    }

    public static async Task<string> OfferingAsync(CloudClient admin, int cpuNumber, int cpuSpeed, int memoryMb, string? hostTags = null)
    {
        var args = new List<(string, string)>
        {
            ("name", Tenants.Unique("so")), ("displaytext", "test offering"), ("cpunumber", cpuNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("cpuspeed", cpuSpeed.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("memory", memoryMb.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (hostTags is not null)
        {
            args.Add(("hosttags", hostTags));
        }
        return (await admin.CallAsync("createServiceOffering", [.. args])).EnsureOk()["serviceoffering"].Id();
    }

    public (string, string)[] Deploy(string offeringId, params (string, string)[] more) =>
        [("zoneid", ZoneId), ("templateid", TemplateId), ("serviceofferingid", offeringId), ("rootdisksize", "2"), .. more];

    public static JsonElement Vm(ApiReply reply) => reply.EnsureOk()["virtualmachine"];
}
