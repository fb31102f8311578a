using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Rules;

/// <summary>
/// Maps a public address one-to-one to an instance's address in the address's network. The
/// address must not be the source NAT one nor carry port forwarding; an instance's nic has at most one.
/// </summary>
[ApiCommand("enableStaticNat")]
public sealed class EnableStaticNat(RouterOrchestrator routers) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        PortForwardingInputs.CheckGuestIpFormat(ctx);
        var (found, network) = await RuleTargets.AddressForAsync(ctx, NetworkServices.StaticNat);
        if (found.IsSourceNat)
        {
            throw CloudException.NetworkRuleConflict($"IP address {found.Address} is the network's source NAT address: static NAT cannot be enabled on it");
        }
        if (found.StaticNatVmId is not null)
        {
            throw CloudException.NetworkRuleConflict($"IP address {found.Address} already has static NAT enabled");
        }
        if (await ctx.Db.FirewallRules.AnyAsync(r => r.IpAddressId == found.Id && r.Purpose != RulePurpose.Firewall && r.State != RuleState.Revoke, ctx.Cancellation))
        {
            throw CloudException.NetworkRuleConflict($"IP address {found.Address} has port forwarding or load balancing rules: static NAT cannot be enabled on it");
        }
        var (vm, guestIp) = await PortForwardingInputs.TargetAsync(ctx, found, network, ctx.Params.RequiredEntity<VirtualMachine>("virtualmachineid"));
        if (await ctx.Db.PublicIpAddresses.AnyAsync(a => a.StaticNatVmId == vm.Id && a.NetworkId == network.Id && a.Id != found.Id, ctx.Cancellation))
        {
            throw CloudException.NetworkRuleConflict($"Instance {vm.DisplayName} already has a static NAT address in network {network.Name}");
        }
        var taken = await ctx.Db.PublicIpAddresses.Where(a => a.Id == found.Id && a.StaticNatVmId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.StaticNatVmId, vm.Id).SetProperty(a => a.StaticNatVmIp, guestIp).SetProperty(a => a.NetworkId, network.Id), ctx.Cancellation);
        if (taken != 1)
        {
            throw CloudException.NetworkRuleConflict($"IP address {found.Address} already has static NAT enabled");
        }
        await routers.ApplyAsync(ctx.Db, network.Id, ctx.Cancellation);
        ctx.Event(EventTypes.StaticNatEnable, $"Enabled static NAT from {found.Address} to {vm.DisplayName} ({guestIp})", "IpAddress", found.Uuid, found.Address);
        return new ApiResult.Success();
    }
}
