using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.LoadBalancers;

/// <summary>Puts instances of the rule's network behind it; the router balances over them once it has them.</summary>
[ApiCommand("assignToLoadBalancerRule")]
public sealed class AssignToLoadBalancerRule(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.LoadBalancerAssign;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var rule = await LoadBalancerMembers.RuleAsync(ctx);
        await CheckNewAsync(ctx, rule, await LoadBalancerMembers.NamedAsync(ctx, rule));
        return await LoadBalancerMembers.TargetAsync(ctx, rule);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var rule = await LoadBalancerMembers.RuleAsync(ctx);
        var named = await LoadBalancerMembers.NamedAsync(ctx, rule);
        await CheckNewAsync(ctx, rule, named);
        var added = named.Select(m => new LoadBalancerMember { RuleId = rule.Id, VmId = m.Vm.Id, VmIp = m.Ip }).ToList();
        ctx.Db.LoadBalancerMembers.AddRange(added);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        var ids = added.Select(m => m.Id).ToList();
        await routers.ApplyOrUndoAsync(ctx.Db, rule.NetworkId,
            () => ctx.Db.LoadBalancerMembers.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(ctx.Cancellation), ctx.Cancellation);
        ctx.Event(EventTypes.LoadBalancerAssign, $"Assigned {added.Count} instance(s) to load balancer rule {rule.LbName}", "LoadBalancer", rule.Uuid, rule.LbName);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static async Task CheckNewAsync(CommandContext ctx, FirewallRule rule, IReadOnlyList<(Core.Compute.VirtualMachine Vm, string Ip)> named)
    {
        foreach (var (vm, ip) in named)
        {
            if (await ctx.Db.LoadBalancerMembers.AnyAsync(m => m.RuleId == rule.Id && m.VmId == vm.Id && m.VmIp == ip, ctx.Cancellation))
            {
                throw CloudException.InvalidParameter($"Instance {vm.DisplayName} ({ip}) is already assigned to load balancer rule {rule.LbName}");
            }
        }
    }
}
