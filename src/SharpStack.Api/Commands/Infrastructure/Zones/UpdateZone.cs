using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.Zones;

[ApiCommand("updateZone")]
public sealed class UpdateZone : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var found = p.RequiredEntity<Zone>("id");
        var zone = await ctx.Db.Zones.FirstAsync(z => z.Id == found.Id, ctx.Cancellation);
        if (p.String("name") is { } name && name != zone.Name)
        {
            IdentityService.ValidateName(name, "Zone name");
            await ZoneQueries.EnsureNameFreeAsync(ctx.Db, name, zone.Id, ctx.Cancellation);
            zone.Name = name;
        }
        ZoneSettings.Apply(zone, p);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ZoneEdit, $"Successfully completed updating zone {zone.Name}", "Zone", zone.Uuid, zone.Name);
        return ApiResult.Of(await ZoneQueries.ToResponseAsync(ctx, zone));
    }
}
