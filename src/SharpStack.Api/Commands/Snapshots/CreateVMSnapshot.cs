using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Instances;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Snapshots;

namespace SharpStack.Api.Commands.Snapshots;

[ApiCommand("createVMSnapshot")]
public sealed class CreateVMSnapshot(VmSnapshotOrchestrator snapshots) : IOrchestratedCommand
{
    public string EventType => EventTypes.VmSnapshotCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("virtualmachineid");
        var snapshot = await snapshots.AllocateAsync(ctx.Db, vm, ctx.Params.String("name"), ctx.Params.String("description"), ctx.Params.Flag("snapshotmemory"), ctx.Cancellation);
        return VmJobs.Target(vm) with { InstanceType = "VMSnapshot", InstanceUuid = snapshot.Uuid, CreatedId = snapshot.Uuid };
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var uuid = ctx.Job?.InstanceUuid ?? throw CloudException.Internal("createVMSnapshot runs only as a job");
        var snapshot = await ctx.Db.VmSnapshots.FirstAsync(s => s.Uuid == uuid, ctx.Cancellation);
        await snapshots.TakeAsync(ctx.Db, snapshot, ctx.Actor, ctx.Cancellation);
        return ApiResult.Of((await SnapshotResponses.VmSnapshotsAsync(ctx.Db, [snapshot], ctx.Cancellation))[0]);
    }
}
