using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Networks;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Instances;

/// <summary>
/// Gives a nic one more address of its network (the lowest free one, or the one asked for), which
/// the guest configures itself and port forwarding, static NAT and load balancing may point at.
/// </summary>
[ApiCommand("addIpToNic")]
public sealed class AddIpToNic(SettingsService settings) : IAsyncApiCommand
{
    public string EventType => EventTypes.NicSecondaryIpAssign;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (vm, _, _) = await CheckAsync(ctx);
        return VmJobs.Target(vm);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (vm, nic, network) = await CheckAsync(ctx);
        var max = await settings.GetLongAsync(SettingNames.NicMaxSecondaryIps, ctx.Cancellation);
        if (await ctx.Db.NicSecondaryIps.CountAsync(s => s.NicId == nic.Id, ctx.Cancellation) >= max)
        {
            throw CloudException.InvalidParameter($"Nic {nic.Ipv4Address} of instance {vm.DisplayName} already has {max} secondary addresses, the most vm.network.nic.max.secondary.ipaddresses allows");
        }
        var secondary = await GuestNetworks.AllocateSecondaryIpAsync(ctx.Db, network, nic, vm.AccountId, vm.DomainId, ctx.Params.String("ipaddress"), ctx.Now, ctx.Cancellation);
        ctx.Event(EventTypes.NicSecondaryIpAssign, $"Assigned secondary address {secondary.Ipv4Address} to nic {nic.Ipv4Address} of instance {vm.DisplayName}", "NicSecondaryIp", secondary.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(NicResponses.SecondaryIp(secondary, nic, network, vm.Uuid));
    }

    private static async Task<(VirtualMachine Vm, Nic Nic, Network Network)> CheckAsync(CommandContext ctx)
    {
        var nic = ctx.Params.RequiredEntity<Nic>("nicid");
        if (ctx.Params.String("ipaddress") is { } wanted && !Ipv4.TryParse(wanted, out _))
        {
            throw CloudException.InvalidParameter($"Invalid ipaddress {wanted}");
        }
        var vm = await ctx.Db.VirtualMachines.AsNoTracking().FirstAsync(v => v.Id == nic.VmId, ctx.Cancellation);
        if (vm.State is VmState.Destroyed or VmState.Expunging or VmState.Error)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: its nics take no more addresses");
        }
        var network = await ctx.Db.Networks.AsNoTracking().FirstAsync(n => n.Id == nic.NetworkId, ctx.Cancellation);
        if (network.GuestType == GuestType.L2)
        {
            throw CloudException.InvalidParameter($"Network {network.Name} is an L2 network: the guest chooses its own addresses");
        }
        return (vm, nic, network);
    }
}
