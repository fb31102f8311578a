using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.Storage;

/// <summary>Removes a pool that holds no volumes (forced=true also removes one whose reported usage is not zero).</summary>
[ApiCommand("deleteStoragePool")]
public sealed class DeleteStoragePool : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var pool = await PoolJobs.LoadAsync(ctx);
        var volumes = ctx.Db.Volumes.Where(v => v.PoolId == pool.Id && v.Removed == null);
        if (await volumes.AnyAsync(ctx.Cancellation))
        {
            throw CloudException.InUse($"Storage pool {pool.Name} still holds {await volumes.CountAsync(ctx.Cancellation)} volume(s): delete, migrate or expunge them first");
        }
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
