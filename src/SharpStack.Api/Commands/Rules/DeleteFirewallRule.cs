using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Rules;

[ApiCommand("deleteFirewallRule")]
public sealed class DeleteFirewallRule(NetworkRules rules) : IOrchestratedCommand
{
    public string EventType => EventTypes.FirewallClose;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx) => await RuleRemoval.PrepareAsync(ctx, RulePurpose.Firewall, "Ingress");

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        await RuleRemoval.RemoveAsync(ctx, rules, RulePurpose.Firewall, "Ingress", EventTypes.FirewallClose);
        return new ApiResult.Success();
    }
}
