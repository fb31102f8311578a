using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Instances;

[ApiCommand("startVirtualMachine")]
public sealed class StartVirtualMachine(VmOrchestrator orchestrator) : IOrchestratedCommand
{
    public string EventType => EventTypes.VmStart;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("id");
        if (ctx.Params.Has("hostid") && !ctx.Caller.IsRootAdmin)
        {
            throw CloudException.PermissionDenied("Only a root admin may choose the host an instance starts on");
        }
        if (vm.State != VmState.Stopped)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: only a stopped instance can be started");
        }
        return Task.FromResult(VmJobs.Target(vm));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx);
        var host = ctx.Params.Entity<Host>("hostid");
        if (host is not null && host.ZoneId != vm.ZoneId)
        {
            throw CloudException.InvalidParameter($"Host {host.Name} is not in the instance's zone");
        }
        await orchestrator.StartAsync(ctx.Db, vm, ctx.Actor, host?.Id, deploying: false, ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }
}
