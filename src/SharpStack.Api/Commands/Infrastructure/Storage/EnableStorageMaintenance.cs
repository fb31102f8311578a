using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Storage;

/// <summary>Takes a pool out of service: PrepareForMaintenance while its users stop, then Maintenance.</summary>
[ApiCommand("enableStorageMaintenance")]
public sealed class EnableStorageMaintenance(SettingsService settings) : IAsyncApiCommand
{
    public string EventType => EventTypes.StoragePoolMaintenancePrepare;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        Ensure(ctx.Params.RequiredEntity<StoragePool>("id"));
        return PoolJobs.TargetAsync(ctx);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var pool = await PoolJobs.LoadAsync(ctx);
        Ensure(pool);
        pool.Status = StoragePoolStatus.PrepareForMaintenance;
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        pool.Status = StoragePoolStatus.Maintenance;
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await CapacityLedger.SyncPoolAsync(ctx.Db, pool, ctx.Cancellation);
        ctx.Event(EventTypes.StoragePoolMaintenancePrepare, $"Storage pool {pool.Name} is in maintenance", "StoragePool", pool.Uuid, pool.Name);
        return ApiResult.Of(await StorageResponses.PoolAsync(ctx.Db, settings, pool, ctx.Cancellation));
    }

    private static void Ensure(StoragePool pool)
    {
        if (pool.Status is not (StoragePoolStatus.Up or StoragePoolStatus.Disabled))
        {
            throw CloudException.InvalidParameter($"Storage pool {pool.Name} is {pool.Status}; only an Up or Disabled pool can go into maintenance");
        }
    }
}
