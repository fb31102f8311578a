using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Hosts;

[ApiCommand("cancelHostMaintenance")]
public sealed class CancelHostMaintenance(SettingsService settings) : IAsyncApiCommand
{
    public string EventType => EventTypes.HostMaintenanceCancel;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        Ensure(ctx.Params.RequiredEntity<Host>("id"));
        return HostJobs.TargetAsync(ctx);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var host = await HostJobs.LoadAsync(ctx);
        Ensure(host);
        host.ResourceState = ResourceState.Enabled;
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await CapacityLedger.SyncHostAsync(ctx.Db, host, ctx.Cancellation);
        ctx.Event(EventTypes.HostMaintenanceCancel, $"Host {host.Name} left maintenance", "Host", host.Uuid, host.Name);
        return ApiResult.Of(await HostResponses.ToResponseAsync(ctx.Db, settings, host, ctx.Cancellation));
    }

    private static void Ensure(Host host)
    {
        if (host.ResourceState is not (ResourceState.Maintenance or ResourceState.PrepareForMaintenance or ResourceState.ErrorInMaintenance))
        {
            throw CloudException.InvalidParameter($"Host {host.Name} is not in maintenance ({host.ResourceState})");
        }
    }
}
