using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.SecurityGroups;

[ApiCommand("revokeSecurityGroupIngress")]
public sealed class RevokeSecurityGroupIngress(SecurityGroupOrchestrator orchestrator) : IOrchestratedCommand
{
    public string EventType => EventTypes.SecurityGroupRevokeIngress;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) => SecurityGroupRevocation.PrepareAsync(ctx, SecurityRuleType.Ingress);

    public Task<ApiResult> ExecuteAsync(CommandContext ctx) =>
        SecurityGroupRevocation.ExecuteAsync(ctx, orchestrator, SecurityRuleType.Ingress, EventType);
}
