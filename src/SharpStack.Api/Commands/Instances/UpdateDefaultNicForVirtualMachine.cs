using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Instances;

/// <summary>Makes another nic the instance's default: its network's gateway becomes the default route the router hands out.</summary>
[ApiCommand("updateDefaultNicForVirtualMachine")]
public sealed class UpdateDefaultNicForVirtualMachine(NicOrchestrator nics) : IOrchestratedCommand
{
    public string EventType => EventTypes.NicUpdate;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("virtualmachineid");
        Check(ctx, vm);
        return Task.FromResult(VmJobs.Target(vm));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx, "virtualmachineid");
        var nic = Check(ctx, vm);
        await nics.MakeDefaultAsync(ctx.Db, vm, nic, ctx.Cancellation);
        ctx.Event(EventTypes.NicUpdate, $"Made nic {nic.Ipv4Address} the default of instance {vm.DisplayName}", "Nic", nic.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }

    private static Nic Check(CommandContext ctx, VirtualMachine vm)
    {
        var nic = VmJobs.NicOf(ctx, vm, "its default nic can be changed");
        if (nic.IsDefault)
        {
            throw CloudException.InvalidParameter($"Nic {nic.Ipv4Address} is already the default nic of instance {vm.DisplayName}");
        }
        return nic;
    }
}
