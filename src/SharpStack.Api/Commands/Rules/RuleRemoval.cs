using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Rules;

/// <summary>What the delete rule commands share: find the rule, serialize on its network, remove it with the rules opened for it.</summary>
internal static class RuleRemoval
{
    public static async Task<JobTarget> PrepareAsync(CommandContext ctx, RulePurpose purpose, string traffic)
    {
        var rule = await RuleTargets.RuleAsync(ctx, purpose, traffic);
        var network = await ctx.Db.Networks.AsNoTracking().FirstAsync(n => n.Id == rule.NetworkId, ctx.Cancellation);
        return new JobTarget("FirewallRule", rule.Uuid, $"Network:{network.Uuid}");
    }

    public static async Task RemoveAsync(CommandContext ctx, NetworkRules rules, RulePurpose purpose, string traffic, string eventType)
    {
        var rule = await RuleTargets.RuleAsync(ctx, purpose, traffic);
        await rules.RemoveAsync(ctx.Db, rule.NetworkId, await NetworkRules.WithRelatedAsync(ctx.Db, rule.Id, ctx.Cancellation), ctx.Cancellation);
        ctx.Event(eventType, $"Deleted rule {rule.Uuid}", "FirewallRule", rule.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
    }
}
