using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;
using Microsoft.EntityFrameworkCore;

namespace SharpStack.Api.Commands.Infrastructure.Storage;

/// <summary>Renames a pool, replaces its tags, changes its capacity or enables/disables it.</summary>
[ApiCommand("updateStoragePool")]
public sealed class UpdateStoragePool(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var pool = await PoolJobs.LoadAsync(ctx);
        if (p.String("name") is { } name)
        {
            IdentityService.ValidateName(name, "Storage pool name");
            pool.Name = name;
        }
        if (p.Has("tags"))
        {
            pool.Tags = Hosts.HostResponses.NormalizeTags(p.StringList("tags"));
        }
        if (p.Long("capacitybytes") is { } capacity)
        {
            if (capacity < pool.UsedBytes)
            {
                throw CloudException.InvalidParameter($"capacitybytes {capacity} is less than the {pool.UsedBytes} bytes already used");
            }
            pool.CapacityBytes = capacity;
            await ctx.Db.Capacity.Where(c => c.PoolId == pool.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Total, capacity), ctx.Cancellation);
        }
        if (p.Bool("enabled") is { } enabled)
        {
            if (pool.Status is not (StoragePoolStatus.Up or StoragePoolStatus.Disabled))
            {
                throw CloudException.InvalidParameter($"Storage pool {pool.Name} is {pool.Status}; it can only be enabled or disabled when Up or Disabled");
            }
            pool.Status = enabled ? StoragePoolStatus.Up : StoragePoolStatus.Disabled;
        }
        if (p.String("url") is not null)
        {
            throw CloudException.InvalidParameter("The URL of a storage pool cannot be changed while it is in use; create a new pool instead");
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await CapacityLedger.SyncPoolAsync(ctx.Db, pool, ctx.Cancellation);
        ctx.Event(EventTypes.StoragePoolUpdate, $"Successfully updated storage pool {pool.Name}", "StoragePool", pool.Uuid, pool.Name);
        return ApiResult.Of(await StorageResponses.PoolAsync(ctx.Db, settings, pool, ctx.Cancellation));
    }
}
