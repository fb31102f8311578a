using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Storage;

[ApiCommand("cancelStorageMaintenance")]
public sealed class CancelStorageMaintenance(SettingsService settings) : IAsyncApiCommand
{
    public string EventType => EventTypes.StoragePoolMaintenanceCancel;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        Ensure(ctx.Params.RequiredEntity<StoragePool>("id"));
        return PoolJobs.TargetAsync(ctx);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var pool = await PoolJobs.LoadAsync(ctx);
        Ensure(pool);
        pool.Status = StoragePoolStatus.Up;
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await CapacityLedger.SyncPoolAsync(ctx.Db, pool, ctx.Cancellation);
        ctx.Event(EventTypes.StoragePoolMaintenanceCancel, $"Storage pool {pool.Name} left maintenance", "StoragePool", pool.Uuid, pool.Name);
        return ApiResult.Of(await StorageResponses.PoolAsync(ctx.Db, settings, pool, ctx.Cancellation));
    }

    private static void Ensure(StoragePool pool)
    {
        if (pool.Status is not (StoragePoolStatus.Maintenance or StoragePoolStatus.PrepareForMaintenance or StoragePoolStatus.ErrorInMaintenance))
        {
            throw CloudException.InvalidParameter($"Storage pool {pool.Name} is not in maintenance ({pool.Status})");
        }
    }
}
