using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Rules;

/// <summary>Lists port forwarding rules.</summary>
[ApiCommand("listPortForwardingRules")]
public sealed class ListPortForwardingRules(SettingsService settings) : IApiCommand
{
    public Task<ApiResult> ExecuteAsync(CommandContext ctx) =>
        RuleLists.ListAsync(ctx, settings, RulePurpose.PortForwarding, "Ingress", rules => RuleResponses.PortForwardingAsync(ctx.Db, rules, ctx.Cancellation), "PortForwardingRule");
}
