using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.LoadBalancers;

[ApiCommand("removeFromLoadBalancerRule")]
public sealed class RemoveFromLoadBalancerRule(RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.LoadBalancerRemove;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var rule = await LoadBalancerMembers.RuleAsync(ctx);
        await MembersAsync(ctx, rule);
        return await LoadBalancerMembers.TargetAsync(ctx, rule);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var rule = await LoadBalancerMembers.RuleAsync(ctx);
        var ids = await MembersAsync(ctx, rule);
        await ctx.Db.LoadBalancerMembers.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.Revoke, true), ctx.Cancellation);
        await routers.ApplyOrUndoAsync(ctx.Db, rule.NetworkId,
            () => ctx.Db.LoadBalancerMembers.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.Revoke, false), ctx.Cancellation), ctx.Cancellation);
        await ctx.Db.LoadBalancerMembers.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Event(EventTypes.LoadBalancerRemove, $"Removed {ids.Count} instance(s) from load balancer rule {rule.LbName}", "LoadBalancer", rule.Uuid, rule.LbName);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static async Task<List<long>> MembersAsync(CommandContext ctx, Core.Networks.FirewallRule rule)
    {
        var ids = new List<long>();
        foreach (var (vm, ip) in await LoadBalancerMembers.NamedAsync(ctx, rule))
        {
            var member = await ctx.Db.LoadBalancerMembers.AsNoTracking().FirstOrDefaultAsync(m => m.RuleId == rule.Id && m.VmId == vm.Id && m.VmIp == ip, ctx.Cancellation)
                         ?? throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is not assigned to load balancer rule {rule.LbName}");
            ids.Add(member.Id);
        }
        return ids;
    }
}
