using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.Hosts;

/// <summary>
/// Removes a host that is in maintenance or whose agent is gone (or any host with forced=true).
/// A host that still runs instances is kept unless forced, which stops them.
/// </summary>
[ApiCommand("deleteHost")]
public sealed class DeleteHost : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<Host>("id");
        var host = await ctx.Db.Hosts.FirstAsync(h => h.Id == found.Id, ctx.Cancellation);
        var removable = host.ResourceState == ResourceState.Maintenance || host.Status is HostStatus.Down or HostStatus.Disconnected or HostStatus.Alert;
        if (!removable && !ctx.Params.Flag("forced"))
        {
            throw CloudException.InvalidParameter($"Host {host.Name} is {host.Status} and {host.ResourceState}: put it into maintenance first, or pass forced=true");
        }
        var onHost = ctx.Db.VirtualMachines.Where(v => v.HostId == host.Id && v.Removed == null);
        if (await onHost.AnyAsync(ctx.Cancellation))
        {
            if (!ctx.Params.Flag("forced"))
            {
                throw CloudException.InUse($"Host {host.Name} still runs {await onHost.CountAsync(ctx.Cancellation)} instance(s): migrate or stop them, or pass forced=true to stop them with the host");
            }
            // The host is gone with its capacity counters: its instances are simply stopped.
            await onHost.ExecuteUpdateAsync(s => s.SetProperty(v => v.State, VmState.Stopped).SetProperty(v => v.HostId, (long?)null), ctx.Cancellation);
        }
        host.Removed = ctx.Now;
        host.Status = HostStatus.Removed;
        await CapacityLedger.RemoveHostAsync(ctx.Db, host.Id, ctx.Cancellation);
        ctx.Event(EventTypes.HostDelete, $"Successfully deleted host {host.Name}", "Host", host.Uuid, host.Name);
        return new ApiResult.Success();
    }
}
