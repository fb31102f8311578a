using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Offerings;

/// <summary>Removes an offering from new use; instances deployed with it keep their resources.</summary>
[ApiCommand("deleteServiceOffering")]
public sealed class DeleteServiceOffering : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<ServiceOffering>("id");
        var offering = await ctx.Db.ServiceOfferings.FirstAsync(o => o.Id == found.Id, ctx.Cancellation);
        await OfferingChanges.EnsureCanManageAsync(ctx, offering.DomainIds);
        offering.Removed = ctx.Now;
        offering.State = OfferingState.Inactive;
        ctx.Event(EventTypes.ServiceOfferingDelete, $"Successfully deleted service offering {offering.Name}", "ServiceOffering", offering.Uuid, offering.Name);
        return new ApiResult.Success();
    }
}
