using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Instances;

/// <summary>Brings a destroyed (not yet expunged) instance back as Stopped.</summary>
[ApiCommand("recoverVirtualMachine")]
public sealed class RecoverVirtualMachine(VmOrchestrator orchestrator, SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("id");
        await VmJobs.EnsureMayExpungeOrRecoverAsync(ctx, settings, "recover");
        if (vm.State != VmState.Destroyed)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: only a destroyed instance can be recovered");
        }
        await orchestrator.RecoverAsync(ctx.Db, vm, ctx.Actor, ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }
}
