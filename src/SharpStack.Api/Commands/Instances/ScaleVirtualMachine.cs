using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Instances;

/// <summary>Changes an instance's offering: in place while it runs (scale up, dynamically scalable template and offering), or while stopped.</summary>
[ApiCommand("scaleVirtualMachine")]
public sealed class ScaleVirtualMachine(VmResizing resizing) : IOrchestratedCommand
{
    public string EventType => EventTypes.VmDynamicScale;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("id");
        NewOffering.Resolve(ctx, vm);
        return Task.FromResult(VmJobs.Target(vm));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx);
        var (offering, cpu, speed, memory) = NewOffering.Resolve(ctx, vm);
        await resizing.ChangeOfferingAsync(ctx.Db, vm, offering, cpu, speed, memory, ctx.Actor, ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }
}
