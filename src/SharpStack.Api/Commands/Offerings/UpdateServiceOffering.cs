using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Offerings;

[ApiCommand("updateServiceOffering")]
public sealed class UpdateServiceOffering : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<ServiceOffering>("id");
        var offering = await ctx.Db.ServiceOfferings.FirstAsync(o => o.Id == found.Id, ctx.Cancellation);
        await OfferingChanges.EnsureCanManageAsync(ctx, offering.DomainIds);
        (offering.Name, offering.DisplayText, offering.State, offering.DomainIds, offering.ZoneIds) =
            await OfferingChanges.ApplyAsync(ctx, offering.Name, offering.DisplayText, offering.State, offering.DomainIds, offering.ZoneIds);
        offering.StorageTags = OfferingChanges.Tags(ctx.Params, "storagetags", offering.StorageTags);
        offering.HostTags = OfferingChanges.Tags(ctx.Params, "hosttags", offering.HostTags);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ServiceOfferingEdit, $"Successfully updated service offering {offering.Name}", "ServiceOffering", offering.Uuid, offering.Name);
        return ApiResult.Of(await OfferingResponses.ServiceAsync(ctx.Db, offering, ctx.Cancellation));
    }
}
