using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Instances;

/// <summary>Live-migrates a running instance to a host in any cluster of its zone, moving disks the host cannot reach (migrateto[n].volume/pool, or chosen).</summary>
[ApiCommand("migrateVirtualMachineWithVolume")]
public sealed class MigrateVirtualMachineWithVolume(StorageMigration migration, MigrationTargets targets) : IOrchestratedCommand
{
    public string EventType => EventTypes.VmMigrate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("virtualmachineid");
        if (vm.State != VmState.Running)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: only a running instance can be migrated live");
        }
        if (ctx.Params.Entity<Host>("hostid") is null && ctx.Params.Bool("autoselect") == false)
        {
            throw CloudException.InvalidParameter("hostid is required when autoselect is false");
        }
        await MappingAsync(ctx);
        return VmJobs.Target(vm);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx, "virtualmachineid");
        var destination = ctx.Params.Entity<Host>("hostid")
                          ?? await targets.BestAsync(ctx.Db, vm, ctx.Cancellation)
                          ?? throw CloudException.InsufficientCapacity($"No other host can take instance {vm.DisplayName}");
        destination = await ctx.Db.Hosts.AsNoTracking().FirstAsync(h => h.Id == destination.Id, ctx.Cancellation);
        await migration.MigrateAsync(ctx.Db, vm, destination, await MappingAsync(ctx), ctx.Actor, ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }

    /// <summary>migrateto[n].volume = volume uuid, migrateto[n].pool = pool uuid.</summary>
    private static async Task<Dictionary<long, StoragePool>> MappingAsync(CommandContext ctx)
    {
        var result = new Dictionary<long, StoragePool>();
        foreach (var entry in ctx.Params.Map("migrateto"))
        {
            if (!entry.TryGetValue("volume", out var volumeText) || !Guid.TryParse(volumeText, out var volumeUuid) ||
                !entry.TryGetValue("pool", out var poolText) || !Guid.TryParse(poolText, out var poolUuid))
            {
                throw CloudException.InvalidParameter("Each migrateto[n] needs a volume uuid and a pool uuid");
            }
            var volume = await ctx.Db.Volumes.AsNoTracking().FirstOrDefaultAsync(v => v.Uuid == volumeUuid && v.Removed == null, ctx.Cancellation)
                         ?? throw CloudException.InvalidParameter($"Unable to find volume {volumeText}");
            result[volume.Id] = await ctx.Db.StoragePools.AsNoTracking().FirstOrDefaultAsync(p => p.Uuid == poolUuid && p.Removed == null, ctx.Cancellation)
                                ?? throw CloudException.InvalidParameter($"Unable to find storage pool {poolText}");
        }
        return result;
    }
}
