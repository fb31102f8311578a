using System.Diagnostics;
using System.Globalization;

namespace SharpStack.Bench;

/// <summary>The zone the benchmarks deploy into, built through the API as an operator builds one.</summary>
internal static class BenchZone
{
    public sealed record ComputeZone(string ZoneId, string TemplateId, string OfferingId, TimeSpan TemplateWait);

    /// <summary>
    /// An enabled Advanced zone ready for instances, through the API as an operator builds one. Its
    /// guest CIDR is a /16 so that one account's network has an address for every instance (the
    /// default 10.1.1.0/24 holds 253).
    /// </summary>
    public static async Task<ComputeZone> CreateAsync(SessionClient session, string name, int hosts, string label, CancellationToken ct)
    {
        var zone = (await session.PostAsync("createZone", ("name", name), ("networktype", "Advanced"), ("dns1", "192.0.2.53"), ("internaldns1", "192.0.2.54"),
                ("guestcidraddress", "10.0.0.0/16")))
            .GetProperty("createzoneresponse").GetProperty("zone").GetProperty("id").GetString()!;
        // Guest networks are implemented with a VLAN of the physical network and a source NAT address of its public range.
        var physical = (await session.PostAndWaitAsync("createPhysicalNetwork", ("zoneid", zone), ("name", "bench-physical"), ("isolationmethods", "VLAN"), ("vlan", "100-3999")))
            .GetProperty("physicalnetwork").GetProperty("id").GetString()!;
        foreach (var traffic in new[] { "Guest", "Public", "Management" })
        {
            await session.PostAndWaitAsync("addTrafficType", ("physicalnetworkid", physical), ("traffictype", traffic));
        }
        await session.PostAndWaitAsync("updatePhysicalNetwork", ("id", physical), ("state", "Enabled"));
        await session.PostAsync("createVlanIpRange", ("zoneid", zone), ("vlan", "untagged"), ("gateway", "203.0.113.1"), ("netmask", "255.255.255.0"),
            ("startip", "203.0.113.2"), ("endip", "203.0.113.254"), ("forvirtualnetwork", "true"));
        var pod = (await session.PostAsync("createPod", ("zoneid", zone), ("name", name + "-pod"), ("gateway", "172.16.1.1"), ("netmask", "255.255.255.0"),
                ("startip", "172.16.1.100"), ("endip", "172.16.1.250")))
            .GetProperty("createpodresponse").GetProperty("pod").GetProperty("id").GetString()!;
        var cluster = (await session.PostAsync("addCluster", ("zoneid", zone), ("podid", pod), ("clustername", name + "-sim"), ("hypervisor", "Simulator"), ("clustertype", "CloudManaged")))
            .GetProperty("addclusterresponse").GetProperty("cluster")[0].GetProperty("id").GetString()!;
        for (var i = 1; i <= hosts; i++)
        {
            ct.ThrowIfCancellationRequested();
            await session.PostAsync("addHost", ("zoneid", zone), ("podid", pod), ("clusterid", cluster), ("hypervisor", "Simulator"),
                ("url", string.Create(CultureInfo.InvariantCulture, $"http://sim/c1/h{i}?cpunumber=64&cpuspeed=2000&memory=274877906944")));
        }
        await session.PostAsync("createStoragePool", ("zoneid", zone), ("podid", pod), ("clusterid", cluster), ("name", "bench-primary"),
            ("url", "nfs://192.0.2.10/export/bench"), ("capacitybytes", (100L << 40).ToString(CultureInfo.InvariantCulture)));
        await session.PostAsync("addImageStore", ("provider", "NFS"), ("zoneid", zone), ("name", "bench-secondary"), ("url", "nfs://192.0.2.20/export/bench"));
        await session.PostAsync("updateZone", ("id", zone), ("allocationstate", "Enabled"));
        var template = (await session.PostAsync("registerTemplate", ("name", "bench-template"), ("displaytext", "bench template"), ("url", "http://203.0.113.10/bench.qcow2"),
                ("zoneid", zone), ("format", "QCOW2"), ("hypervisor", "Simulator"), ("ispublic", "true")))
            .GetProperty("registertemplateresponse").GetProperty("template")[0].GetProperty("id").GetString()!;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var listed = (await session.GetAsync("listTemplates", ("templatefilter", "all"), ("id", template), ("zoneid", zone)))
                .GetProperty("listtemplatesresponse");
            if (listed.TryGetProperty("template", out var items) && items.GetArrayLength() == 1 && items[0].GetProperty("isready").GetBoolean())
            {
                break;
            }
            if (clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new BenchSetupException($"[{label}] the simulated template download was not ready after 60 s");
            }
            await Task.Delay(100, ct);
        }
        var wait = clock.Elapsed;
        var offering = (await session.PostAsync("createServiceOffering", ("name", "bench-1c-256m"), ("displaytext", "bench 1 vCPU 100 MHz 256 MB"),
                ("cpunumber", "1"), ("cpuspeed", "100"), ("memory", "256")))
            .GetProperty("createserviceofferingresponse").GetProperty("serviceoffering").GetProperty("id").GetString()!;
        return new ComputeZone(zone, template, offering, wait);
    }
}
