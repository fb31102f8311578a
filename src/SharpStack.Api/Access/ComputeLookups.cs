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
