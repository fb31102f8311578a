using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.SecurityGroups;

[ApiCommand("authorizeSecurityGroupEgress")]
public sealed class AuthorizeSecurityGroupEgress(SecurityGroupOrchestrator orchestrator) : IOrchestratedCommand
{
    public string EventType => EventTypes.SecurityGroupAuthorizeEgress;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) => SecurityGroupAuthorization.PrepareAsync(ctx);

    public Task<ApiResult> ExecuteAsync(CommandContext ctx) =>
        SecurityGroupAuthorization.ExecuteAsync(ctx, orchestrator, SecurityRuleType.Egress, EventType);
}
