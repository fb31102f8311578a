using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.LoadBalancers;

/// <summary>Policy changes reach the router like rule changes: saved, applied, and undone if the router cannot take them.</summary>
internal static class LbPolicyChanges
{
    /// <summary>Removes a policy: Revoke while the router drops it, then gone; it stays if the router cannot.</summary>
    public static async Task<Core.Networks.FirewallRule> DeleteAsync<T>(CommandContext ctx, RouterOrchestrator routers, DbSet<T> set, T policy, string eventType, string description)
        where T : class, Core.Networks.ILbPolicy
    {
        var rule = await RuleOfAsync(ctx, policy.RuleId);
        var id = policy.Id;
        await set.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Revoke, true), ctx.Cancellation);
        await routers.ApplyOrUndoAsync(ctx.Db, rule.NetworkId, () => set.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Revoke, false), ctx.Cancellation), ctx.Cancellation);
        await set.Where(p => p.Id == id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Event(eventType, description, "LoadBalancer", rule.Uuid, rule.LbName);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return rule;
    }

    /// <summary>The policies listed by id or by lbruleid, with the rule they belong to.</summary>
    public static async Task<(Core.Networks.FirewallRule Rule, List<T> Policies)> ListAsync<T>(CommandContext ctx, IQueryable<T> set)
        where T : class, Core.Networks.ILbPolicy
    {
        var byId = ctx.Params.Entity<T>("id");
        if (byId is null && !ctx.Params.Has("lbruleid"))
        {
            throw CloudException.InvalidParameter("Either lbruleid or id must be given");
        }
        var rule = byId is not null ? await RuleOfAsync(ctx, byId.RuleId) : await LoadBalancerMembers.RuleAsync(ctx, "lbruleid");
        var query = set.AsNoTracking().Where(p => p.RuleId == rule.Id && !p.Revoke);
        if (byId is not null)
        {
            var id = byId.Id;
            query = query.Where(p => p.Id == id);
        }
        if (ctx.Params.Bool("fordisplay") is { } display)
        {
            query = query.Where(p => p.ForDisplay == display);
        }
        return (rule, await query.OrderBy(p => p.Id).ToListAsync(ctx.Cancellation));
    }

    public static async Task<Core.Networks.FirewallRule> RuleOfAsync(CommandContext ctx, long ruleId) =>
        await ctx.Db.FirewallRules.AsNoTracking().FirstAsync(r => r.Id == ruleId, ctx.Cancellation);
}
