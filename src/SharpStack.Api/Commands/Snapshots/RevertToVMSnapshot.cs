using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Instances;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Snapshots;

namespace SharpStack.Api.Commands.Snapshots;

[ApiCommand("revertToVMSnapshot")]
public sealed class RevertToVMSnapshot(VmSnapshotOrchestrator snapshots) : IOrchestratedCommand
{
    public string EventType => EventTypes.VmSnapshotRevert;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var snapshot = ctx.Params.RequiredEntity<VmSnapshot>("vmsnapshotid");
        var vm = await ctx.Db.VirtualMachines.AsNoTracking().FirstAsync(v => v.Id == snapshot.VmId, ctx.Cancellation);
        return VmJobs.Target(vm);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<VmSnapshot>("vmsnapshotid");
        var snapshot = await ctx.Db.VmSnapshots.FirstAsync(s => s.Id == found.Id, ctx.Cancellation);
        var vm = await ctx.Db.VirtualMachines.FirstAsync(v => v.Id == snapshot.VmId, ctx.Cancellation);
        await snapshots.RevertAsync(ctx.Db, snapshot, vm, ctx.Actor, ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }
}
