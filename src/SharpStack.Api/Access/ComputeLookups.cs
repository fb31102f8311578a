using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Compute;
using SharpStack.Core.Networks;
using SharpStack.Core.Storage;
using SharpStack.Data;

namespace SharpStack.Api.Access;

/// <summary>Instances, volumes and networks: visible to callers that can reach their owner.</summary>
public static class ComputeVisibility
{
    public static IQueryable<VirtualMachine> VisibleVms(this CloudDbContext db, Caller caller)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return db.VirtualMachines.Where(v => v.Removed == null && accounts.Contains(v.AccountId));
    }

    public static IQueryable<Volume> VisibleVolumes(this CloudDbContext db, Caller caller)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return db.Volumes.Where(v => v.Removed == null && accounts.Contains(v.AccountId));
    }

    public static IQueryable<Network> VisibleNetworks(this CloudDbContext db, Caller caller)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return db.Networks.Where(n => n.Removed == null && accounts.Contains(n.AccountId));
    }
}

internal sealed class VirtualMachineLookup : IEntityLookup
{
    public string Entity => "VirtualMachine";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleVms(caller).FirstOrDefaultAsync(v => v.Uuid == uuid, ct);
}

internal sealed class VolumeLookup : IEntityLookup
{
    public string Entity => "Volume";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleVolumes(caller).FirstOrDefaultAsync(v => v.Uuid == uuid, ct);
}

internal sealed class NetworkLookup : IEntityLookup
{
    public string Entity => "Network";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleNetworks(caller).FirstOrDefaultAsync(n => n.Uuid == uuid, ct);
}

internal sealed class SnapshotLookup : IEntityLookup
{
    public string Entity => "Snapshot";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return await db.Snapshots.FirstOrDefaultAsync(s => s.Uuid == uuid && s.Removed == null && accounts.Contains(s.AccountId), ct);
    }
}

/// <summary>A policy is visible with its volume.</summary>
internal sealed class SnapshotPolicyLookup : IEntityLookup
{
    public string Entity => "SnapshotPolicy";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var volumes = db.VisibleVolumes(caller).Select(v => v.Id);
        return await db.SnapshotPolicies.FirstOrDefaultAsync(p => p.Uuid == uuid && p.Removed == null && volumes.Contains(p.VolumeId), ct);
    }
}

internal sealed class VmSnapshotLookup : IEntityLookup
{
    public string Entity => "VMSnapshot";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return await db.VmSnapshots.FirstOrDefaultAsync(s => s.Uuid == uuid && s.Removed == null && accounts.Contains(s.AccountId), ct);
    }
}
