using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Rules;

/// <summary>Lists networks' egress rules.</summary>
[ApiCommand("listEgressFirewallRules")]
public sealed class ListEgressFirewallRules(SettingsService settings) : IApiCommand
{
    public Task<ApiResult> ExecuteAsync(CommandContext ctx) =>
        RuleLists.ListAsync(ctx, settings, RulePurpose.Firewall, "Egress", rules => RuleResponses.FirewallAsync(ctx.Db, rules, ctx.Cancellation), "FirewallRule");
}
