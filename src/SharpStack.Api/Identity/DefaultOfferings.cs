using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Offerings;
using SharpStack.Data;

namespace SharpStack.Api.Identity;

/// <summary>The offerings a fresh upstream install has, added once to a database that has none.</summary>
public static class DefaultOfferings
{
    public static async Task EnsureAsync(CloudDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!await db.ServiceOfferings.IgnoreQueryFilters().AnyAsync(ct))
        {
            ServiceOffering Compute(string name, string text, int cpu, int speed, int memory, string? systemVmType = null) => new()
            {
                Name = name,
                DisplayText = text,
                CpuNumber = cpu,
                CpuSpeed = speed,
                Memory = memory,
                IsSystem = systemVmType is not null,
                SystemVmType = systemVmType,
                IsDefault = true,
                Created = now,
            };
            db.ServiceOfferings.AddRange(
                Compute("Small Instance", "Small Instance", 1, 500, 512),
                Compute("Medium Instance", "Medium Instance", 1, 1000, 1024),
                Compute("System Offering For Software Router", "System Offering For Software Router", 1, 500, 256, "domainrouter"),
                Compute("System Offering For Console Proxy", "System Offering For Console Proxy", 1, 500, 1024, "consoleproxy"),
                Compute("System Offering For Secondary Storage VM", "System Offering For Secondary Storage VM", 1, 500, 512, "secondarystoragevm"),
                Compute("System Offering For Internal LB VM", "System Offering For Internal LB VM", 1, 500, 256, "internalloadbalancervm"));
        }
        if (!await db.DiskOfferings.IgnoreQueryFilters().AnyAsync(ct))
        {
            DiskOffering Disk(string name, string text, long gb) => new()
            {
                Name = name,
                DisplayText = text,
                DiskSizeBytes = gb << 30,
                Customized = gb == 0,
                IsDefault = true,
                Created = now,
            };
            db.DiskOfferings.AddRange(
                Disk("Small", "Small Disk, 5 GB", 5),
                Disk("Medium", "Medium Disk, 20 GB", 20),
                Disk("Large", "Large Disk, 100 GB", 100),
                Disk("Custom", "Custom Disk", 0));
        }
        await db.SaveChangesAsync(ct);
    }
}
