using SharpStack.Api.Commands.Instances;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Isos;

/// <summary>Ejects the ISO of a running or stopped instance.</summary>
[ApiCommand("detachIso")]
public sealed class DetachIso(IsoOrchestrator isos) : IOrchestratedCommand
{
    public string EventType => EventTypes.IsoDetach;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("virtualmachineid");
        EnsureDetachable(vm);
        return Task.FromResult(VmJobs.Target(vm));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx, "virtualmachineid");
        EnsureDetachable(vm);
        await isos.DetachAsync(ctx.Db, vm, ctx.Actor, ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }

    private static void EnsureDetachable(VirtualMachine vm)
    {
        if (vm.IsoId is null)
        {
            throw CloudException.InvalidParameter("The specified instance has no ISO attached to it.");
        }
        if (vm.State is not (VmState.Running or VmState.Stopped))
        {
            throw CloudException.InvalidParameter("Please specify an instance that is either Stopped or Running.");
        }
    }
}
