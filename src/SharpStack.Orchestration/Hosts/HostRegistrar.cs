using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Orchestration.Hosts;

/// <summary>What a host reports about itself when its agent starts.</summary>
public sealed record HostReport(string Name, string IpAddress, string Url, int CpuSockets, int CpuNumber, long CpuSpeedMhz, long MemoryBytes, long LocalStorageBytes, string Version, string Capabilities);

/// <summary>
/// Adds a host to a cluster, or brings a known one (same agent id) back Up with what it reports
/// now, writing its capacity in the same unit of work. Used by addHost and by connecting agents.
/// </summary>
public static class HostRegistrar
{
    public static async Task<Host> RegisterAsync(CloudDbContext db, Cluster cluster, HostReport report, string? agentId, long managementServerId, ResourceState resourceState, string? tags, DateTime now, CancellationToken ct)
    {
        // The lookup, the host and its counters change together (two connections of one agent
        // cannot both create it), whether or not the caller has a transaction open.
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var host = await SaveAsync(db, cluster, report, agentId, managementServerId, resourceState, tags, now, ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
            return host;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    private static async Task<Host> SaveAsync(CloudDbContext db, Cluster cluster, HostReport report, string? agentId, long managementServerId, ResourceState resourceState, string? tags, DateTime now, CancellationToken ct)
    {
        var host = agentId is null ? null : await db.Hosts.FirstOrDefaultAsync(h => h.AgentId == agentId && h.Removed == null, ct);
        var isNew = host is null;
        host ??= new Host
        {
            Name = report.Name,
            Url = report.Url,
            IpAddress = report.IpAddress,
            AgentId = agentId,
            ZoneId = cluster.ZoneId,
            PodId = cluster.PodId,
            ClusterId = cluster.Id,
            Hypervisor = cluster.Hypervisor,
            Arch = cluster.Arch,
            ResourceState = resourceState,
            HostTags = tags,
            Created = now,
        };
        host.IpAddress = report.IpAddress;
        host.CpuSockets = report.CpuSockets;
        host.CpuNumber = report.CpuNumber;
        host.CpuSpeed = report.CpuSpeedMhz;
        host.MemoryBytes = report.MemoryBytes;
        host.LocalStorageBytes = report.LocalStorageBytes;
        host.Version = report.Version;
        host.Capabilities = report.Capabilities;
        host.Status = HostStatus.Up;
        host.LastPinged = now;
        host.Disconnected = null;
        host.ManagementServerId = managementServerId;
        if (isNew)
        {
            db.Hosts.Add(host);
        }
        await db.SaveChangesAsync(ct);
        await CapacityLedger.SetHostAsync(db, host, ct);
        await db.SaveChangesAsync(ct);
        return host;
    }
}
