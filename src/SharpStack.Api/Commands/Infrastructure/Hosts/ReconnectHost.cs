using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;
using SharpStack.Simulator;

namespace SharpStack.Api.Commands.Infrastructure.Hosts;

/// <summary>Drops the agent connection and lets it connect again; fails when the agent does not answer.</summary>
[ApiCommand("reconnectHost")]
public sealed class ReconnectHost(SettingsService settings) : IAsyncApiCommand
{
    public string EventType => EventTypes.HostReconnect;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var host = ctx.Params.RequiredEntity<Host>("id");
        EnsureReconnectable(host);
        return HostJobs.TargetAsync(ctx);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var host = await HostJobs.LoadAsync(ctx);
        EnsureReconnectable(host);
        if (host.Hypervisor != HypervisorType.Simulator)
        {
            throw new CloudException(ApiErrorCode.ResourceUnavailable, $"Host {host.Name}'s agent is not connected to this server");
        }
        if (!await SimulatorMocks.ExecuteAsync(ctx.Db, SimulatorMocks.Ping, host, ctx.Time, ctx.Cancellation))
        {
            throw new CloudException(ApiErrorCode.ResourceUnavailable, $"Unable to reconnect host {host.Name}: its agent does not answer");
        }
        host.Status = HostStatus.Up;
        host.LastPinged = ctx.Now;
        host.Disconnected = null;
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await CapacityLedger.SyncHostAsync(ctx.Db, host, ctx.Cancellation);
        ctx.Event(EventTypes.HostReconnect, $"Host {host.Name} reconnected", "Host", host.Uuid, host.Name);
        return ApiResult.Of(await HostResponses.ToResponseAsync(ctx.Db, settings, host, ctx.Cancellation));
    }

    private static void EnsureReconnectable(Host host)
    {
        if (host.ResourceState is ResourceState.Maintenance or ResourceState.PrepareForMaintenance)
        {
            throw CloudException.InvalidParameter($"Host {host.Name} is in maintenance; cancel maintenance instead of reconnecting");
        }
    }
}
