using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Volumes;

[ApiCommand("migrateVolume")]
public sealed class MigrateVolume(VolumeOrchestrator volumes) : IOrchestratedCommand
{
    public string EventType => EventTypes.VolumeMigrate;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        if (ctx.Params.Has("newdiskofferingid"))
        {
            throw CloudException.InvalidParameter("newdiskofferingid is not supported yet");
        }
        ctx.Params.RequiredEntity<StoragePool>("storageid");
        return VolumeJobs.TargetAsync(ctx, ctx.Params.RequiredEntity<Volume>("volumeid"));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var volume = await VolumeJobs.LoadAsync(ctx, ctx.Params.RequiredEntity<Volume>("volumeid"));
        await volumes.MigrateAsync(ctx.Db, volume, ctx.Params.RequiredEntity<StoragePool>("storageid"), ctx.Params.Flag("livemigrate"), ctx.Actor, ctx.Cancellation);
        return await VolumeJobs.AnswerAsync(ctx, volume);
    }
}
