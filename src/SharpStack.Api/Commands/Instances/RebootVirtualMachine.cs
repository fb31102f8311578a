using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Instances;

[ApiCommand("rebootVirtualMachine")]
public sealed class RebootVirtualMachine(VmOrchestrator orchestrator) : IOrchestratedCommand
{
    public string EventType => EventTypes.VmReboot;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("id");
        if (vm.State != VmState.Running)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: only a running instance can be rebooted");
        }
        if (ctx.Params.Flag("bootintosetup"))
        {
            throw CloudException.InvalidParameter("bootintosetup is only supported on VMware");
        }
        return Task.FromResult(VmJobs.Target(vm));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx);
        if (ctx.Params.Flag("forced"))
        {
            await orchestrator.StopAsync(ctx.Db, vm, ctx.Actor, forced: true, ctx.Cancellation);
            await orchestrator.StartAsync(ctx.Db, vm, ctx.Actor, null, deploying: false, ctx.Cancellation);
        }
        else
        {
            await orchestrator.RebootAsync(ctx.Db, vm, ctx.Actor, ctx.Cancellation);
        }
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }
}
