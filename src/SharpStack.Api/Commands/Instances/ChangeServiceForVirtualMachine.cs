using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Compute;

namespace SharpStack.Api.Commands.Instances;

/// <summary>Gives a stopped instance another compute offering (scaleVirtualMachine also scales running ones).</summary>
[ApiCommand("changeServiceForVirtualMachine")]
public sealed class ChangeServiceForVirtualMachine(VmResizing resizing) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx);
        if (vm.State != VmState.Stopped)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: stop it to change its offering, or use scaleVirtualMachine");
        }
        var (offering, cpu, speed, memory) = NewOffering.Resolve(ctx, vm);
        await resizing.ChangeOfferingAsync(ctx.Db, vm, offering, cpu, speed, memory, ctx.Actor, ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }
}

internal static class NewOffering
{
    public static (ServiceOffering Offering, int CpuNumber, int CpuSpeed, int Memory) Resolve(CommandContext ctx, VirtualMachine vm)
    {
        var offering = ctx.Params.RequiredEntity<ServiceOffering>("serviceofferingid");
        if (offering.IsSystem || offering.State != OfferingState.Active)
        {
            throw CloudException.InvalidParameter($"Service offering {offering.Name} cannot be used for instances");
        }
        if (offering.ZoneIds is not null && !Offerings.OfferingScope.Split(offering.ZoneIds).Contains(vm.ZoneId))
        {
            throw CloudException.InvalidParameter($"Service offering {offering.Name} is not offered in the instance's zone");
        }
        var (cpu, speed, memory) = InstanceSizing.Resolve(offering, ctx.Params.KeyValueMap("details"));
        return (offering, cpu, speed, memory);
    }
}
