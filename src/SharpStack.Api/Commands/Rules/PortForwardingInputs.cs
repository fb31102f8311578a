using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Rules;

/// <summary>The instance side of port forwarding and static NAT: an instance of the address's owner with a nic in the address's network.</summary>
internal static class PortForwardingInputs
{
    /// <summary>vmguestip, when given, must be an address (checked before anything about the address's rules).</summary>
    public static void CheckGuestIpFormat(CommandContext ctx)
    {
        if (ctx.Params.String("vmguestip") is { } guestIp && !Core.Infrastructure.Ipv4.TryParse(guestIp, out _))
        {
            throw CloudException.InvalidParameter($"Invalid vmguestip {guestIp}: give the instance's IPv4 address");
        }
    }

    public static async Task<(VirtualMachine Vm, string GuestIp)> TargetAsync(CommandContext ctx, PublicIpAddress ip, Network network, VirtualMachine vm)
    {
        if (vm.AccountId != ip.AccountId)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} and IP address {ip.Address} belong to different accounts");
        }
        if (vm.State is VmState.Destroyed or VmState.Expunging or VmState.Error)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}");
        }
        if (ctx.Params.Entity<Network>("networkid") is { } given && given.Id != network.Id)
        {
            throw CloudException.InvalidParameter($"IP address {ip.Address} belongs to network {network.Name}, not to {given.Name}");
        }
        var nic = await ctx.Db.Nics.AsNoTracking().FirstOrDefaultAsync(n => n.VmId == vm.Id && n.NetworkId == network.Id, ctx.Cancellation)
                  ?? throw CloudException.InvalidParameter($"Instance {vm.DisplayName} has no nic in network {network.Name}, the network of IP address {ip.Address}");
        return (vm, await GuestNetworks.GuestAddressAsync(ctx.Db, nic, vm.DisplayName, network.Name, ctx.Params.String("vmguestip"), ctx.Cancellation));
    }
}
