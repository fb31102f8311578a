using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Capacity;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Hosts;

/// <summary>Renames a host, replaces its tags, or enables/disables it for new instances.</summary>
[ApiCommand("updateHost")]
public sealed class UpdateHost(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var found = p.RequiredEntity<Host>("id");
        var host = await ctx.Db.Hosts.FirstAsync(h => h.Id == found.Id, ctx.Cancellation);
        if (p.String("name") is { } name)
        {
            IdentityService.ValidateName(name, "Host name");
            host.Name = name;
        }
        if (p.Has("hosttags"))
        {
            host.HostTags = HostResponses.NormalizeTags(p.StringList("hosttags"));
        }
        if (p.String("allocationstate") is { } stateText)
        {
            if (!stateText.Equals("Enable", StringComparison.OrdinalIgnoreCase) && !stateText.Equals("Disable", StringComparison.OrdinalIgnoreCase))
            {
                throw CloudException.InvalidParameter($"Invalid allocation state {stateText}: use Enable or Disable");
            }
            if (host.ResourceState is not (ResourceState.Enabled or ResourceState.Disabled))
            {
                throw CloudException.InvalidParameter($"Host {host.Name} is {host.ResourceState}; cancel maintenance before enabling or disabling it");
            }
            host.ResourceState = stateText.Equals("Enable", StringComparison.OrdinalIgnoreCase) ? ResourceState.Enabled : ResourceState.Disabled;
        }
        if (p.String("url") is not null)
        {
            throw CloudException.InvalidParameter("The URL of a host cannot be changed");
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await CapacityLedger.SyncHostAsync(ctx.Db, host, ctx.Cancellation);
        ctx.Event(EventTypes.HostUpdate, $"Successfully updated host {host.Name}", "Host", host.Uuid, host.Name);
        return ApiResult.Of(await HostResponses.ToResponseAsync(ctx.Db, settings, host, ctx.Cancellation));
    }
}
