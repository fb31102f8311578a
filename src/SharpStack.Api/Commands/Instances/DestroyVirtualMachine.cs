using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Instances;

/// <summary>Destroys an instance; it is expunged after expunge.delay, or at once with expunge=true.</summary>
[ApiCommand("destroyVirtualMachine")]
public sealed class DestroyVirtualMachine(VmOrchestrator orchestrator, SettingsService settings) : IOrchestratedCommand
{
    public string EventType => EventTypes.VmDestroy;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("id");
        if (ctx.Params.Flag("expunge"))
        {
            await VmJobs.EnsureMayExpungeOrRecoverAsync(ctx, settings, "expunge");
        }
        if (ctx.Params.Has("volumeids"))
        {
            throw CloudException.InvalidParameter("volumeids is not supported yet: data disks are detached and kept when an instance is destroyed");
        }
        if (vm.State is VmState.Destroyed or VmState.Expunging || (vm.State is VmState.Starting or VmState.Stopping or VmState.Migrating))
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: it cannot be destroyed now");
        }
        return VmJobs.Target(vm);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx);
        var expunge = ctx.Params.Flag("expunge");
        await orchestrator.DestroyAsync(ctx.Db, vm, ctx.Actor, expunge, ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }
}
