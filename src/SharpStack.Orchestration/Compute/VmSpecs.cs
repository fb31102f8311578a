using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Compute;
using SharpStack.Core.Offerings;
using SharpStack.Data;

namespace SharpStack.Orchestration.Compute;

/// <summary>Builds what a host is told about an instance.</summary>
public static class VmSpecs
{
    public static async Task<VmSpec> BuildAsync(CloudDbContext db, VirtualMachine vm, ServiceOffering offering, CancellationToken ct)
    {
        var volumes = await db.Volumes.AsNoTracking().Where(v => v.VmId == vm.Id && v.Removed == null).OrderBy(v => v.DeviceId).ToListAsync(ct);
        var poolIds = volumes.Where(v => v.PoolId != null).Select(v => v.PoolId!.Value).Distinct().ToList();
        var pools = await db.StoragePools.AsNoTracking().Where(p => poolIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        // The host copies the root disk's template from the zone's ready copy (a file on a file image store).
        var template = await db.VmTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == vm.TemplateId, ct);
        var templatePath = template is null ? null : await TemplateLocations.ReadyLocationAsync(db, template, vm.ZoneId, ct);
        var nics = await db.Nics.AsNoTracking().Where(n => n.VmId == vm.Id).OrderBy(n => n.DeviceId).ToListAsync(ct);
        var networkIds = nics.Select(n => n.NetworkId).Distinct().ToList();
        var networks = await db.Networks.AsNoTracking().Where(n => networkIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, ct);
        string? isoPath = null;
        if (vm.IsoId is { } isoId && await db.VmTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == isoId, ct) is { } iso)
        {
            isoPath = await TemplateLocations.ReadyLocationAsync(db, iso, vm.ZoneId, ct);
        }
        var os = await db.GuestOs.AsNoTracking().Where(o => o.Id == vm.GuestOsId).Select(o => o.DisplayName).FirstOrDefaultAsync(ct) ?? "Other";
        return new VmSpec(
            vm.InstanceName,
            vm.Uuid.ToString(),
            vm.CpuNumber,
            vm.CpuSpeed,
            (long)vm.Memory << 20,
            os,
            volumes.Select(v =>
            {
                var pool = v.PoolId is { } id && pools.TryGetValue(id, out var p) ? p : null;
                return PoolAccess.Disk(v, pool, templatePath: v.Type == Core.Storage.VolumeType.ROOT ? templatePath : null);
            }).ToList(),
            nics.Select(n => new NicSpec(n.DeviceId, n.MacAddress ?? "", n.Ipv4Address, n.Netmask, n.Gateway,
                networks.TryGetValue(n.NetworkId, out var net) ? net.BroadcastUri : null, n.IsDefault)).ToList(),
            vm.UserData,
            offering.LimitCpuUse,
            isoPath);
    }
}
