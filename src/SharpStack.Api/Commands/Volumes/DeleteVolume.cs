using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Compute;

namespace SharpStack.Api.Commands.Volumes;

[ApiCommand("deleteVolume")]
public sealed class DeleteVolume(VolumeOrchestrator volumes) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var volume = await VolumeJobs.LoadAsync(ctx, ctx.Params.RequiredEntity<Volume>("id"));
        await volumes.DeleteAsync(ctx.Db, volume, ctx.Actor, ctx.Cancellation);
        return new ApiResult.Success();
    }
}
