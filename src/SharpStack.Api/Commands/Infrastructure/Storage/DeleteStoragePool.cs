using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.Storage;

/// <summary>Removes a pool that holds no data (forced=true also removes one in use).</summary>
[ApiCommand("deleteStoragePool")]
public sealed class DeleteStoragePool : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var pool = await PoolJobs.LoadAsync(ctx);
        if (pool.UsedBytes > 0 && !ctx.Params.Flag("forced"))
        {
            throw CloudException.InUse($"Storage pool {pool.Name} still holds {pool.UsedBytes} bytes of volumes; remove them or pass forced=true");
        }
        pool.Removed = ctx.Now;
        pool.Status = StoragePoolStatus.Removed;
        await CapacityLedger.RemovePoolAsync(ctx.Db, pool.Id, ctx.Cancellation);
        ctx.Event(EventTypes.StoragePoolDelete, $"Successfully deleted storage pool {pool.Name}", "StoragePool", pool.Uuid, pool.Name);
        return new ApiResult.Success();
    }
}
