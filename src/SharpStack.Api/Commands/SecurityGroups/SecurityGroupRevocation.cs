using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.SecurityGroups;

/// <summary>revokeSecurityGroupIngress/Egress: the rule goes and the running members' hosts drop it; if a host cannot, the rule stays.</summary>
internal static class SecurityGroupRevocation
{
    public static async Task<JobTarget> PrepareAsync(CommandContext ctx, SecurityRuleType type)
    {
        var rule = Rule(ctx, type);
        var group = await ctx.Db.SecurityGroups.AsNoTracking().FirstAsync(g => g.Id == rule.SecurityGroupId, ctx.Cancellation);
        return JobTarget.For("SecurityGroup", group.Uuid);
    }

    public static async Task<ApiResult> ExecuteAsync(CommandContext ctx, SecurityGroupOrchestrator orchestrator, SecurityRuleType type, string eventType)
    {
        var rule = Rule(ctx, type);
        var group = await ctx.Db.SecurityGroups.AsNoTracking().FirstAsync(g => g.Id == rule.SecurityGroupId, ctx.Cancellation);
        ctx.Db.Entry(rule).State = EntityState.Detached;
        await orchestrator.ChangeAsync(ctx.Db,
            () => ctx.Db.SecurityGroupRules.Where(r => r.Id == rule.Id).ExecuteDeleteAsync(ctx.Cancellation),
            async () =>
            {
                rule.Id = 0;
                ctx.Db.SecurityGroupRules.Add(rule);
                await ctx.Db.SaveChangesAsync(ctx.Cancellation);
            },
            () => SecurityGroupOrchestrator.MembersAsync(ctx.Db, [group.Id], ctx.Cancellation),
            ctx.Cancellation);
        ctx.Event(eventType, $"Revoked {(type == SecurityRuleType.Ingress ? "ingress" : "egress")} rule {rule.Uuid} of security group {group.Name}", "SecurityGroup", group.Uuid, group.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static SecurityGroupRule Rule(CommandContext ctx, SecurityRuleType type)
    {
        var rule = ctx.Params.RequiredEntity<SecurityGroupRule>("id");
        if (rule.Type != type)
        {
            throw CloudException.InvalidParameter($"Mismatch in rule type for security rule with id {rule.Uuid}");
        }
        return rule;
    }
}
