using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>Deletes a VPC with its tiers, router, addresses, gateways and ACL lists; refused (536) while a tier has instances.</summary>
[ApiCommand("deleteVPC")]
public sealed class DeleteVPC(VpcOrchestrator vpcs) : IOrchestratedCommand
{
    public string EventType => EventTypes.VpcDelete;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) => Task.FromResult(VpcJobs.Target(ctx.Params.RequiredEntity<Vpc>("id")));

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vpc = await VpcJobs.LoadAsync(ctx);
        await vpcs.DestroyAsync(ctx.Db, vpc, ctx.Actor, ctx.Cancellation);
        return new ApiResult.Success();
    }
}
