using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Volumes;

/// <summary>Detaches a data disk, named by id or by virtualmachineid + deviceid.</summary>
[ApiCommand("detachVolume")]
public sealed class DetachVolume(VolumeOrchestrator volumes) : IOrchestratedCommand
{
    public string EventType => EventTypes.VolumeDetach;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx) => await VolumeJobs.TargetAsync(ctx, await FindAsync(ctx));

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var volume = await VolumeJobs.LoadAsync(ctx, await FindAsync(ctx));
        await volumes.DetachAsync(ctx.Db, volume, ctx.Actor, ctx.Cancellation);
        return await VolumeJobs.AnswerAsync(ctx, volume);
    }

    private static async Task<Volume> FindAsync(CommandContext ctx)
    {
        if (ctx.Params.Entity<Volume>("id") is { } byId)
        {
            return byId;
        }
        var vm = ctx.Params.Entity<VirtualMachine>("virtualmachineid");
        var device = ctx.Params.Long("deviceid");
        if (vm is null || device is null)
        {
            throw CloudException.InvalidParameter("Give id, or virtualmachineid and deviceid");
        }
        return await ctx.Db.Volumes.FirstOrDefaultAsync(v => v.VmId == vm.Id && v.DeviceId == device && v.Removed == null, ctx.Cancellation)
               ?? throw CloudException.InvalidParameter($"Instance {vm.DisplayName} has no disk at device {device}");
    }
}
