using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Offerings;

[ApiCommand("updateDiskOffering")]
public sealed class UpdateDiskOffering : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<DiskOffering>("id");
        var offering = await ctx.Db.DiskOfferings.FirstAsync(o => o.Id == found.Id, ctx.Cancellation);
        await OfferingChanges.EnsureCanManageAsync(ctx, offering.DomainIds);
        (offering.Name, offering.DisplayText, offering.State, offering.DomainIds, offering.ZoneIds) =
            await OfferingChanges.ApplyAsync(ctx, offering.Name, offering.DisplayText, offering.State, offering.DomainIds, offering.ZoneIds);
        offering.Tags = OfferingChanges.Tags(ctx.Params, "tags", offering.Tags);
        if (ctx.Params.Bool("displayoffering") is { } display)
        {
            offering.DisplayOffering = display;
        }
        OfferingParams.ApplyIo(ctx.Params, offering.Io);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.DiskOfferingEdit, $"Successfully updated disk offering {offering.Name}", "DiskOffering", offering.Uuid, offering.Name);
        return ApiResult.Of(await OfferingResponses.DiskAsync(ctx.Db, offering, ctx.Cancellation));
    }
}
