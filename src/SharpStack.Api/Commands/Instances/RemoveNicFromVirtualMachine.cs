using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Instances;

/// <summary>Takes a nic (not the default one, nor one that rules point at) off an instance; a running instance gets it unplugged.</summary>
[ApiCommand("removeNicFromVirtualMachine")]
public sealed class RemoveNicFromVirtualMachine(NicOrchestrator nics) : IOrchestratedCommand
{
    public string EventType => EventTypes.NicDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("virtualmachineid");
        await CheckAsync(ctx, vm);
        return VmJobs.Target(vm);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx, "virtualmachineid");
        var nic = await CheckAsync(ctx, vm);
        await nics.RemoveAsync(ctx.Db, vm, nic, ctx.Cancellation);
        ctx.Event(EventTypes.NicDelete, $"Removed nic {nic.Ipv4Address} from instance {vm.DisplayName}", "Nic", nic.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }

    private static async Task<Nic> CheckAsync(CommandContext ctx, VirtualMachine vm)
    {
        var nic = VmJobs.NicOf(ctx, vm, "its nics can be removed");
        if (nic.IsDefault)
        {
            throw CloudException.InvalidParameter("Unable to remove the default nic of an instance: make another nic the default first");
        }
        if (await ctx.Db.FirewallRules.AnyAsync(r => r.VmId == vm.Id && r.NetworkId == nic.NetworkId, ctx.Cancellation) ||
            await ctx.Db.LoadBalancerMembers.AnyAsync(m => m.VmId == vm.Id && m.VmIp == nic.Ipv4Address, ctx.Cancellation) ||
            await ctx.Db.PublicIpAddresses.AnyAsync(a => a.StaticNatVmId == vm.Id && a.NetworkId == nic.NetworkId, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Nic {nic.Ipv4Address} of instance {vm.DisplayName} has port forwarding, load balancing or static NAT rules: remove them first");
        }
        return nic;
    }
}
