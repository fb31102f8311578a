using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.SecurityGroups;

/// <summary>
/// authorizeSecurityGroupIngress/Egress: one rule per CIDR and per named group, those already in the
/// group skipped (as upstream; nothing new is upstream's failure), applied to the running members' hosts.
/// </summary>
internal static class SecurityGroupAuthorization
{
    public static async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (group, _, _, _) = await InputsAsync(ctx);
        return JobTarget.For("SecurityGroup", group.Uuid);
    }

    public static async Task<ApiResult> ExecuteAsync(CommandContext ctx, SecurityGroupOrchestrator orchestrator, SecurityRuleType type, string eventType)
    {
        var (group, match, cidrs, allowed) = await InputsAsync(ctx);
        var existing = await ctx.Db.SecurityGroupRules.AsNoTracking()
            .Where(r => r.SecurityGroupId == group.Id && r.Type == type && r.Protocol == match.Protocol && r.StartPortOrType == match.StartPortOrType && r.EndPortOrCode == match.EndPortOrCode)
            .ToListAsync(ctx.Cancellation);
        SecurityGroupRule New(string? cidr, long? allowedGroupId) => new()
        {
            SecurityGroupId = group.Id,
            Type = type,
            Protocol = match.Protocol,
            StartPortOrType = match.StartPortOrType,
            EndPortOrCode = match.EndPortOrCode,
            Cidr = cidr,
            AllowedGroupId = allowedGroupId,
            Created = ctx.Now,
        };
        var added = allowed.Where(g => existing.All(r => r.AllowedGroupId != g.Id)).Select(g => New(null, g.Id))
            .Concat(cidrs.Where(c => existing.All(r => r.Cidr != c)).Select(c => New(c, null)))
            .ToList();
        var what = type == SecurityRuleType.Ingress ? "ingress" : "egress";
        if (added.Count == 0)
        {
            // Upstream answers a rule that is already there with a 530; a client mistake is a 431 here.
            throw CloudException.InvalidParameter($"Failed to authorize security group {what} rule(s): every rule given already exists");
        }
        await orchestrator.ChangeAsync(ctx.Db,
            async () =>
            {
                ctx.Db.SecurityGroupRules.AddRange(added);
                await ctx.Db.SaveChangesAsync(ctx.Cancellation);
            },
            async () =>
            {
                var ids = added.Select(r => r.Id).ToList();
                await ctx.Db.SecurityGroupRules.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(ctx.Cancellation);
            },
            () => SecurityGroupOrchestrator.MembersAsync(ctx.Db, [group.Id], ctx.Cancellation),
            ctx.Cancellation);
        ctx.Event(eventType, $"Authorized {added.Count} {what} rule(s) in security group {group.Name}", "SecurityGroup", group.Uuid, group.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await SecurityGroupResponses.GroupsAsync(ctx.Db, [group], ctx.Cancellation, added.Select(r => r.Id).ToList()))[0]);
    }

    private static async Task<(SecurityGroup Group, SecurityRuleInputs.Match Match, List<string> Cidrs, List<SecurityGroup> Allowed)> InputsAsync(CommandContext ctx)
    {
        var group = await SecurityGroupParams.FindAsync(ctx, "securitygroupid", "securitygroupname");
        if (!ctx.Params.Has("cidrlist") && !ctx.Params.Has("usersecuritygrouplist"))
        {
            throw CloudException.InvalidParameter("At least one cidr or at least one security group needs to be specified");
        }
        var cidrs = SecurityRuleInputs.Cidrs(ctx.Params);
        var match = SecurityRuleInputs.ProtocolAndPorts(ctx.Params);
        var allowed = await SecurityRuleInputs.GroupsAsync(ctx.Db, ctx.Params, group, ctx.Cancellation);
        return (group, match, cidrs, allowed);
    }
}
