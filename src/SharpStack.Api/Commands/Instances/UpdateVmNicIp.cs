using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Instances;

/// <summary>
/// Moves a stopped instance's nic to another address of its network (the one asked for, or the
/// lowest free one); the router's DHCP reservation follows.
/// </summary>
[ApiCommand("updateVmNicIp")]
public sealed class UpdateVmNicIp(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.NicSecondaryIpConfigure;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (vm, _) = await CheckAsync(ctx);
        return VmJobs.Target(vm);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (vm, found) = await CheckAsync(ctx);
        var network = await ctx.Db.Networks.AsNoTracking().FirstAsync(n => n.Id == found.NetworkId, ctx.Cancellation);
        string? previous;
        await using (var tx = await UnitOfWork.BeginAsync(ctx.Db, ctx.Cancellation))
        {
            var nic = await ctx.Db.Nics.FirstAsync(n => n.Id == found.Id, ctx.Cancellation);
            previous = nic.Ipv4Address;
            await GuestNetworks.ReassignNicAddressAsync(ctx.Db, network, nic, ctx.Params.String("ipaddress"), ctx.Cancellation);
            ctx.Event(EventTypes.NicSecondaryIpConfigure, $"Changed the address of nic {previous} of instance {vm.DisplayName} to {nic.Ipv4Address}", "Nic", nic.Uuid);
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
            await tx.CommitAsync(ctx.Cancellation);
        }
        await routers.TryApplyAsync(ctx.Db, network.Id, ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }

    private static async Task<(VirtualMachine Vm, Nic Nic)> CheckAsync(CommandContext ctx)
    {
        var nic = ctx.Params.RequiredEntity<Nic>("nicid");
        if (ctx.Params.String("ipaddress") is { } wanted && !Ipv4.TryParse(wanted, out _))
        {
            throw CloudException.InvalidParameter($"Invalid ipaddress {wanted}");
        }
        var vm = await ctx.Db.VirtualMachines.AsNoTracking().FirstAsync(v => v.Id == nic.VmId, ctx.Cancellation);
        if (vm.State != VmState.Stopped)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: stop it before changing the address of its nic");
        }
        var network = await ctx.Db.Networks.AsNoTracking().FirstAsync(n => n.Id == nic.NetworkId, ctx.Cancellation);
        if (network.GuestType == GuestType.L2)
        {
            throw CloudException.InvalidParameter($"Network {network.Name} is an L2 network: the guest chooses its own address");
        }
        if (ctx.Params.String("ipaddress") is { } same && same == nic.Ipv4Address)
        {
            throw CloudException.InvalidParameter($"Nic of instance {vm.DisplayName} already has address {same}");
        }
        var address = nic.Ipv4Address;
        if (await GuestNetworks.HasRulesOnAsync(ctx.Db, vm.Id, address, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Address {address} of instance {vm.DisplayName} has port forwarding, load balancing or static NAT rules: remove them first");
        }
        return (vm, nic);
    }
}
