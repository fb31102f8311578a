using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.Zones;

/// <summary>Deletes an empty zone; one that still has pods is refused.</summary>
[ApiCommand("deleteZone")]
public sealed class DeleteZone : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<Zone>("id");
        var zone = await ctx.Db.Zones.FirstAsync(z => z.Id == found.Id, ctx.Cancellation);
        var pods = await ctx.Db.Pods.CountAsync(p => p.ZoneId == zone.Id && p.Removed == null, ctx.Cancellation);
        if (pods > 0)
        {
            throw CloudException.InUse($"The zone is not deletable because there are {pods} pod(s) in this zone");
        }
        var networks = await ctx.Db.PhysicalNetworks.CountAsync(n => n.ZoneId == zone.Id && n.Removed == null, ctx.Cancellation);
        if (networks > 0)
        {
            throw CloudException.InUse($"The zone is not deletable because there are {networks} physical network(s) in this zone");
        }
        var storage = await ctx.Db.StoragePools.CountAsync(x => x.ZoneId == zone.Id && x.Removed == null, ctx.Cancellation)
                      + await ctx.Db.ImageStores.CountAsync(x => x.ZoneId == zone.Id && x.Removed == null, ctx.Cancellation);
        if (storage > 0)
        {
            throw CloudException.InUse($"The zone is not deletable because it still has {storage} primary or secondary storage(s)");
        }
        zone.Removed = ctx.Now;
        ctx.Event(EventTypes.ZoneDelete, $"Successfully completed deleting zone {zone.Name}", "Zone", zone.Uuid, zone.Name);
        return new ApiResult.Success();
    }
}
