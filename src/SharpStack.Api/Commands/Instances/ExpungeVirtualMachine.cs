using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Instances;

[ApiCommand("expungeVirtualMachine")]
public sealed class ExpungeVirtualMachine(VmOrchestrator orchestrator, SettingsService settings) : IOrchestratedCommand
{
    public string EventType => EventTypes.VmExpunge;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("id");
        await VmJobs.EnsureMayExpungeOrRecoverAsync(ctx, settings, "expunge");
        if (vm.State is not (VmState.Destroyed or VmState.Error))
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: destroy it before expunging it");
        }
        return VmJobs.Target(vm);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx);
        await orchestrator.ExpungeAsync(ctx.Db, vm, ctx.Actor, ctx.Cancellation);
        return new ApiResult.Success();
    }
}
