using SharpStack.Api.Commands.Rules;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.LoadBalancers;

/// <summary>Removes a load balancing rule with its members, policies and the firewall rule opened for it.</summary>
[ApiCommand("deleteLoadBalancerRule")]
public sealed class DeleteLoadBalancerRule(NetworkRules rules) : IOrchestratedCommand
{
    public string EventType => EventTypes.LoadBalancerDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx) => await RuleRemoval.PrepareAsync(ctx, RulePurpose.LoadBalancing, "Ingress");

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        await RuleRemoval.RemoveAsync(ctx, rules, RulePurpose.LoadBalancing, "Ingress", EventTypes.LoadBalancerDelete);
        return new ApiResult.Success();
    }
}
