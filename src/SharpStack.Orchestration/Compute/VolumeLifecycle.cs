using SharpStack.Core.Infrastructure;
using SharpStack.Core.Storage;
using SharpStack.Data;
using SharpStack.Orchestration.Capacity;

namespace SharpStack.Orchestration.Compute;

public static class VolumeLifecycle
{
    /// <summary>Gives a volume's allocated size back to its pool.</summary>
    public static async Task ReleaseStorageAsync(CloudDbContext db, Volume volume, CancellationToken ct)
    {
        if (volume.PoolId is { } poolId)
        {
            await CapacityLedger.ReleaseAsync(db, CapacityOwner.Pool(poolId), CapacityType.StorageAllocated, volume.SizeBytes, ct);
            volume.PoolId = null;
        }
    }
}
