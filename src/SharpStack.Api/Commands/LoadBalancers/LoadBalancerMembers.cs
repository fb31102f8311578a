using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Rules;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.LoadBalancers;

/// <summary>The instances assignToLoadBalancerRule and removeFromLoadBalancerRule name (virtualmachineids, or vmidipmap with addresses), with their address in the rule's network.</summary>
internal static class LoadBalancerMembers
{
    public static async Task<FirewallRule> RuleAsync(CommandContext ctx, string parameter = "id")
    {
        var found = ctx.Params.Entity<FirewallRule>(parameter) ?? throw CloudException.InvalidParameter($"Parameter {parameter} is required");
        if (found.Purpose != RulePurpose.LoadBalancing)
        {
            throw CloudException.InvalidParameter($"Unable to find a load balancer rule with id {found.Uuid}");
        }
        return await ctx.Db.FirewallRules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == found.Id, ctx.Cancellation)
               ?? throw CloudException.InvalidParameter($"Load balancer rule {found.Uuid} no longer exists");
    }

    public static async Task<List<(VirtualMachine Vm, string Ip)>> NamedAsync(CommandContext ctx, FirewallRule rule)
    {
        var named = new List<(VirtualMachine Vm, string? Ip)>();
        named.AddRange(ctx.Params.EntityList<VirtualMachine>("virtualmachineids").Select(v => (v, (string?)null)));
        foreach (var entry in ctx.Params.Map("vmidipmap"))
        {
            var vmText = entry.GetValueOrDefault("vmid");
            var ip = entry.GetValueOrDefault("vmip");
            if (vmText is null || ip is null || !Guid.TryParse(vmText, out var uuid))
            {
                throw CloudException.InvalidParameter("vmidipmap entries need a vmid (uuid) and a vmip");
            }
            var vm = await Access.ComputeVisibility.VisibleVms(ctx.Db, ctx.Caller).AsNoTracking().FirstOrDefaultAsync(v => v.Uuid == uuid, ctx.Cancellation)
                     ?? throw CloudException.InvalidParameter($"Unable to find instance {vmText}");
            named.Add((vm, ip));
        }
        if (named.Count == 0)
        {
            throw CloudException.InvalidParameter("Give the instances with virtualmachineids or vmidipmap");
        }
        var network = await ctx.Db.Networks.AsNoTracking().FirstAsync(n => n.Id == rule.NetworkId, ctx.Cancellation);
        var members = new List<(VirtualMachine, string)>();
        foreach (var (vm, wanted) in named)
        {
            if (vm.AccountId != rule.AccountId)
            {
                throw CloudException.InvalidParameter($"Instance {vm.DisplayName} belongs to another account than load balancer rule {rule.LbName}");
            }
            if (vm.State is VmState.Destroyed or VmState.Expunging or VmState.Error)
            {
                throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}");
            }
            var nic = await ctx.Db.Nics.AsNoTracking().FirstOrDefaultAsync(n => n.VmId == vm.Id && n.NetworkId == network.Id, ctx.Cancellation)
                      ?? throw CloudException.InvalidParameter($"Instance {vm.DisplayName} has no nic in network {network.Name} of load balancer rule {rule.LbName}");
            members.Add((vm, await GuestNetworks.GuestAddressAsync(ctx.Db, nic, vm.DisplayName, network.Name, wanted, ctx.Cancellation)));
        }
        return members;
    }

    public static async Task<JobTarget> TargetAsync(CommandContext ctx, FirewallRule rule)
    {
        var network = await ctx.Db.Networks.AsNoTracking().FirstAsync(n => n.Id == rule.NetworkId, ctx.Cancellation);
        return RuleTargets.Target(network);
    }
}
