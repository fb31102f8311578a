using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Rules;

/// <summary>Removes a port forwarding rule and the firewall rule opened with it.</summary>
[ApiCommand("deletePortForwardingRule")]
public sealed class DeletePortForwardingRule(NetworkRules rules) : IOrchestratedCommand
{
    public string EventType => EventTypes.NetRuleDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx) => await RuleRemoval.PrepareAsync(ctx, RulePurpose.PortForwarding, "Ingress");

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        await RuleRemoval.RemoveAsync(ctx, rules, RulePurpose.PortForwarding, "Ingress", EventTypes.NetRuleDelete);
        return new ApiResult.Success();
    }
}
