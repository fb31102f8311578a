using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.SecurityGroups;

[ApiCommand("revokeSecurityGroupEgress")]
public sealed class RevokeSecurityGroupEgress(SecurityGroupOrchestrator orchestrator) : IOrchestratedCommand
{
    public string EventType => EventTypes.SecurityGroupRevokeEgress;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) => SecurityGroupRevocation.PrepareAsync(ctx, SecurityRuleType.Egress);

    public Task<ApiResult> ExecuteAsync(CommandContext ctx) =>
        SecurityGroupRevocation.ExecuteAsync(ctx, orchestrator, SecurityRuleType.Egress, EventType);
}
