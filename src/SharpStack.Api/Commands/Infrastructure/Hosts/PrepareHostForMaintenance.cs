using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Events;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Hosts;

/// <summary>
/// Puts a host into maintenance: PrepareForMaintenance while its running instances live-migrate to
/// other hosts, then Maintenance; ErrorInMaintenance when an instance cannot be moved.
/// </summary>
[ApiCommand("prepareHostForMaintenance")]
public sealed class PrepareHostForMaintenance(SettingsService settings, VmOrchestrator orchestrator, MigrationTargets targets) : IOrchestratedCommand
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
        // No new instance lands here from now on: the planner only takes Enabled hosts.
        await CapacityLedger.SyncHostAsync(ctx.Db, host, ctx.Cancellation);

        var failures = new List<string>();
        var running = await ctx.Db.VirtualMachines.Where(v => v.HostId == host.Id && v.Removed == null).OrderBy(v => v.Id).ToListAsync(ctx.Cancellation);
        foreach (var vm in running)
        {
            try
            {
                var destination = await targets.BestAsync(ctx.Db, vm, ctx.Cancellation)
                                  ?? throw CloudException.InsufficientCapacity("no other host can take it");
                await orchestrator.MigrateAsync(ctx.Db, vm, destination, ctx.Actor, ctx.Cancellation);
            }
            catch (CloudException e)
            {
                failures.Add($"{vm.DisplayName}: {e.Message}");
            }
        }
        host.ResourceState = failures.Count == 0 ? ResourceState.Maintenance : ResourceState.ErrorInMaintenance;
        ctx.Event(EventTypes.HostMaintenancePrepare,
            failures.Count == 0
                ? $"Host {host.Name} is in maintenance"
                : $"Host {host.Name} could not be emptied: {string.Join("; ", failures)}",
            "Host", host.Uuid, host.Name, failures.Count == 0 ? EventLevel.Info : EventLevel.Error);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(await HostResponses.ToResponseAsync(ctx.Db, settings, host, ctx.Cancellation));
    }

    private static void Ensure(Host host)
    {
        if (host.ResourceState is not (ResourceState.Enabled or ResourceState.Disabled or ResourceState.ErrorInMaintenance))
        {
            throw CloudException.InvalidParameter($"Host {host.Name} is already {host.ResourceState}");
        }
    }
}
