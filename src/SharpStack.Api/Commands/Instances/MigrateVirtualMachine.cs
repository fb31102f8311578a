using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Instances;

/// <summary>Live-migrates a running instance to another host that reaches its storage (a host given, or the best one found).</summary>
[ApiCommand("migrateVirtualMachine")]
public sealed class MigrateVirtualMachine(VmOrchestrator orchestrator, MigrationTargets targets) : IOrchestratedCommand
{
    public string EventType => EventTypes.VmMigrate;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("virtualmachineid");
        if (ctx.Params.Has("storageid"))
        {
            throw CloudException.InvalidParameter("Migrating a stopped instance's storage is not supported yet: give hostid for a live migration");
        }
        if (vm.State != VmState.Running)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: only a running instance can be migrated live");
        }
        if (ctx.Params.Entity<Host>("hostid") is null && ctx.Params.Bool("autoselect") == false)
        {
            throw CloudException.InvalidParameter("hostid is required when autoselect is false");
        }
        return Task.FromResult(VmJobs.Target(vm));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx, "virtualmachineid");
        var destination = ctx.Params.Entity<Host>("hostid")
                          ?? await targets.BestAsync(ctx.Db, vm, ctx.Cancellation)
                          ?? throw CloudException.InsufficientCapacity($"No other host can take instance {vm.DisplayName}");
        destination = await ctx.Db.Hosts.AsNoTracking().FirstAsync(h => h.Id == destination.Id, ctx.Cancellation);
        await orchestrator.MigrateAsync(ctx.Db, vm, destination, ctx.Actor, ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }
}
