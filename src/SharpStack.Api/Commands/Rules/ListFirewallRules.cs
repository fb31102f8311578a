using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Rules;

/// <summary>Lists the ingress firewall rules of public addresses.</summary>
[ApiCommand("listFirewallRules")]
public sealed class ListFirewallRules(SettingsService settings) : IApiCommand
{
    public Task<ApiResult> ExecuteAsync(CommandContext ctx) =>
        RuleLists.ListAsync(ctx, settings, RulePurpose.Firewall, "Ingress", rules => RuleResponses.FirewallAsync(ctx.Db, rules, ctx.Cancellation), "FirewallRule");
}
