using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Hosts;

/// <summary>
/// Puts a host into maintenance: PrepareForMaintenance while its instances move away, then
/// Maintenance. (No instance runs on hosts yet, so the move is immediate.)
/// </summary>
[ApiCommand("prepareHostForMaintenance")]
public sealed class PrepareHostForMaintenance(SettingsService settings) : IAsyncApiCommand
{
    public string EventType => EventTypes.HostMaintenancePrepare;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        Ensure(ctx.Params.RequiredEntity<Host>("id"));
        return HostJobs.TargetAsync(ctx);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var host = await HostJobs.LoadAsync(ctx);
        Ensure(host);
        host.ResourceState = ResourceState.PrepareForMaintenance;
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        host.ResourceState = ResourceState.Maintenance;
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await CapacityLedger.SyncHostAsync(ctx.Db, host, ctx.Cancellation);
        ctx.Event(EventTypes.HostMaintenancePrepare, $"Host {host.Name} is in maintenance", "Host", host.Uuid, host.Name);
        return ApiResult.Of(await HostResponses.ToResponseAsync(ctx.Db, settings, host, ctx.Cancellation));
    }

    private static void Ensure(Host host)
    {
        if (host.ResourceState is not (ResourceState.Enabled or ResourceState.Disabled))
        {
            throw CloudException.InvalidParameter($"Host {host.Name} is already {host.ResourceState}");
        }
    }
}
