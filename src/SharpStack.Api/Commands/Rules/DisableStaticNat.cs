using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Rules;

[ApiCommand("disableStaticNat")]
public sealed class DisableStaticNat(NetworkOrchestrator networks) : IOrchestratedCommand
{
    public string EventType => EventTypes.StaticNatDisable;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var ip = ctx.Params.RequiredEntity<PublicIpAddress>("ipaddressid");
        if (ip.StaticNatVmId is null)
        {
            throw CloudException.InvalidParameter($"IP address {ip.Address} does not have static NAT enabled");
        }
        return Task.FromResult(new JobTarget("IpAddress", ip.Uuid, $"IpAddress:{ip.Uuid}"));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<PublicIpAddress>("ipaddressid");
        var ip = await ctx.Db.PublicIpAddresses.AsNoTracking().FirstAsync(a => a.Id == found.Id, ctx.Cancellation);
        if (ip.StaticNatVmId is null)
        {
            throw CloudException.InvalidParameter($"IP address {ip.Address} does not have static NAT enabled");
        }
        await networks.DisableStaticNatAsync(ctx.Db, ip, ctx.Cancellation);
        ctx.Event(EventTypes.StaticNatDisable, $"Disabled static NAT on {ip.Address}", "IpAddress", ip.Uuid, ip.Address);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }
}
