using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Instances;

/// <summary>Gives a nic's secondary address back to its network, unless a rule still points at it.</summary>
[ApiCommand("removeIpFromNic")]
public sealed class RemoveIpFromNic : IAsyncApiCommand
{
    public string EventType => EventTypes.NicSecondaryIpUnassign;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var secondary = await CheckAsync(ctx);
        var vm = await ctx.Db.VirtualMachines.AsNoTracking().FirstAsync(v => v.Id == secondary.VmId, ctx.Cancellation);
        return VmJobs.Target(vm);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var secondary = await CheckAsync(ctx);
        await ctx.Db.NicSecondaryIps.Where(s => s.Id == secondary.Id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Event(EventTypes.NicSecondaryIpUnassign, $"Removed secondary address {secondary.Ipv4Address}", "NicSecondaryIp", secondary.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static async Task<NicSecondaryIp> CheckAsync(CommandContext ctx)
    {
        var secondary = ctx.Params.RequiredEntity<NicSecondaryIp>("id");
        var address = secondary.Ipv4Address;
        if (await GuestNetworks.HasRulesOnAsync(ctx.Db, secondary.VmId, address, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Secondary address {address} has port forwarding, load balancing or static NAT rules: remove them first");
        }
        return secondary;
    }
}
