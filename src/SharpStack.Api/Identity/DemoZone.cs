using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Auth;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Core.Images;
using SharpStack.Data;

namespace SharpStack.Api.Identity;

/// <summary>
/// The demo cloud of --demo: an enabled Advanced zone of simulated hosts with a physical network
/// and its providers, a pod, a public IP range, primary storage and an image store in the data
/// folder, built through the API as an administrator would. Created once; later starts keep it.
/// </summary>
public static class DemoZone
{
    public const string Name = "Demo";

    public static async Task<bool> EnsureAsync(CloudDbContext db, InternalApiClient api, string dataDir, CancellationToken ct)
    {
        if (await db.Zones.AnyAsync(z => z.Removed == null, ct))
        {
            return false;
        }
        var admin = await IdentityCache.LoadCallerAsync(db, User.AdminId, includeRemoved: false, ct)
                    ?? throw new InvalidOperationException("the admin user is missing");
        async Task<ApiObject> Call(string command, params (string Key, string Value)[] args) =>
            await api.CallAsync(admin, command, args.ToDictionary(a => a.Key, a => a.Value), ct);
        static string Id(ApiObject body, string objectName) =>
            body[objectName] switch
            {
                ApiObject single => (string)single["id"]!,
                IReadOnlyList<ApiObject> list => (string)list[0]["id"]!,
                _ => throw new InvalidOperationException($"no {objectName} in the answer"),
            };

        var zone = Id(await Call("createZone", ("name", Name), ("networktype", "Advanced"), ("dns1", "192.0.2.53"), ("internaldns1", "192.0.2.53"),
            ("guestcidraddress", "10.1.1.0/24"), ("localstorageenabled", "true")), "zone");
        var physical = Id(await Call("createPhysicalNetwork", ("zoneid", zone), ("name", "demo-physical"), ("isolationmethods", "VLAN"), ("vlan", "100-199")), "physicalnetwork");
        foreach (var traffic in new[] { "Guest", "Management", "Public" })
        {
            await Call("addTrafficType", ("physicalnetworkid", physical), ("traffictype", traffic), ("kvmnetworklabel", "cloudbr0"));
        }
        await Call("updatePhysicalNetwork", ("id", physical), ("state", "Enabled"));
        var physicalUuid = Guid.Parse(physical);
        var physicalId = await db.PhysicalNetworks.Where(n => n.Uuid == physicalUuid).Select(n => n.Id).FirstAsync(ct);
        var routers = await db.NetworkServiceProviders.AsNoTracking()
            .Join(db.VirtualRouterElements.AsNoTracking(), p => p.Id, e => e.ProviderId, (p, e) => new { Provider = p.Uuid, Element = e.Uuid, p.PhysicalNetworkId })
            .Where(r => r.PhysicalNetworkId == physicalId)
            .ToListAsync(ct);
        foreach (var router in routers)
        {
            await Call("configureVirtualRouterElement", ("id", router.Element.ToString()), ("enabled", "true"));
            await Call("updateNetworkServiceProvider", ("id", router.Provider.ToString()), ("state", "Enabled"));
        }
        var pod = Id(await Call("createPod", ("zoneid", zone), ("name", "demo-pod"), ("gateway", "172.16.10.1"), ("netmask", "255.255.255.0"),
            ("startip", "172.16.10.200"), ("endip", "172.16.10.250")), "pod");
        await Call("createVlanIpRange", ("zoneid", zone), ("vlan", "untagged"), ("gateway", "203.0.113.1"), ("netmask", "255.255.255.0"),
            ("startip", "203.0.113.10"), ("endip", "203.0.113.200"), ("forvirtualnetwork", "true"));
        var cluster = Id(await Call("addCluster", ("zoneid", zone), ("podid", pod), ("clustername", "demo-cluster"), ("hypervisor", "Simulator"), ("clustertype", "CloudManaged")), "cluster");
        for (var i = 1; i <= 4; i++)
        {
            await Call("addHost", ("zoneid", zone), ("podid", pod), ("clusterid", cluster), ("hypervisor", "Simulator"), ("url", $"http://sim/demo-cluster/host{i}"));
        }
        await Call("createStoragePool", ("zoneid", zone), ("podid", pod), ("clusterid", cluster), ("name", "demo-primary"), ("url", "nfs://192.0.2.10/export/primary"));
        var store = Id(await Call("addImageStore", ("provider", "NFS"), ("zoneid", zone), ("name", "demo-secondary"), ("url", "file://" + Path.GetFullPath(Path.Combine(dataDir, "secondary")))), "imagestore");
        await AddSimulatorTemplateAsync(db, Guid.Parse(zone), Guid.Parse(store), ct);
        await Call("updateZone", ("id", zone), ("allocationstate", "Enabled"));
        return true;
    }

    public const string TemplateName = "Simulator Demo Template";

    /// <summary>
    /// The template instances of the demo zone start from, as upstream's simulator ships one: a
    /// sparse raw image in the demo image store (simulated hosts never read it), public and featured.
    /// </summary>
    private static async Task AddSimulatorTemplateAsync(CloudDbContext db, Guid zoneUuid, Guid storeUuid, CancellationToken ct)
    {
        var zone = await db.Zones.FirstAsync(z => z.Uuid == zoneUuid, ct);
        var store = await db.ImageStores.FirstAsync(s => s.Uuid == storeUuid, ct);
        var os = await db.GuestOs.FirstAsync(o => o.DisplayName == "Other (64-bit)" && o.Removed == null, ct);
        var now = DateTime.UtcNow;
        var template = new VmTemplate
        {
            Name = TemplateName,
            DisplayText = "A blank disk for the demo zone's simulated hosts",
            Format = "RAW",
            Hypervisor = "Simulator",
            OsTypeId = os.Id,
            Url = "builtin:simulator",
            IsPublic = true,
            IsFeatured = true,
            PasswordEnabled = true,
            RequiresHvm = true,
            TemplateType = "BUILTIN",
            AccountId = Account.SystemId,
            DomainId = Domain.RootId,
            Created = now,
        };
        db.VmTemplates.Add(template);
        await db.SaveChangesAsync(ct);
        var path = Images.TemplateDownloader.InstallPath(store, template);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        const long size = 1L << 30;
        await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write))
        {
            file.SetLength(size);
        }
        db.TemplateStoreRefs.Add(new TemplateStoreRef
        {
            TemplateId = template.Id,
            ZoneId = zone.Id,
            ImageStoreId = store.Id,
            State = TemplateDownloadState.Downloaded,
            Percent = 100,
            Size = size,
            InstallPath = path,
            Updated = now,
        });
        await db.SaveChangesAsync(ct);
    }
}
