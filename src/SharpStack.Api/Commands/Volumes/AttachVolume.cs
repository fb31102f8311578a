using SharpStack.Api.Commands.Instances;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Volumes;

[ApiCommand("attachVolume")]
public sealed class AttachVolume(VolumeOrchestrator volumes) : IOrchestratedCommand
{
    public string EventType => EventTypes.VolumeAttach;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) =>
        VolumeJobs.TargetAsync(ctx, ctx.Params.RequiredEntity<Volume>("id"), ctx.Params.RequiredEntity<VirtualMachine>("virtualmachineid").Id);

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var volume = await VolumeJobs.LoadAsync(ctx, ctx.Params.RequiredEntity<Volume>("id"));
        var vm = await VmJobs.LoadAsync(ctx, "virtualmachineid");
        await volumes.AttachAsync(ctx.Db, volume, vm, ctx.Params.Long("deviceid"), ctx.Actor, ctx.Cancellation);
        return await VolumeJobs.AnswerAsync(ctx, volume);
    }
}
