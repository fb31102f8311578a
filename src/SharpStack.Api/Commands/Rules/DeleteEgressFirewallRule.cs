using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Rules;

[ApiCommand("deleteEgressFirewallRule")]
public sealed class DeleteEgressFirewallRule(NetworkRules rules) : IOrchestratedCommand
{
    public string EventType => EventTypes.FirewallEgressClose;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx) => await RuleRemoval.PrepareAsync(ctx, RulePurpose.Firewall, "Egress");

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        await RuleRemoval.RemoveAsync(ctx, rules, RulePurpose.Firewall, "Egress", EventTypes.FirewallEgressClose);
        return new ApiResult.Success();
    }
}
