using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Offerings;

[ApiCommand("deleteDiskOffering")]
public sealed class DeleteDiskOffering : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<DiskOffering>("id");
        var offering = await ctx.Db.DiskOfferings.FirstAsync(o => o.Id == found.Id, ctx.Cancellation);
        await OfferingChanges.EnsureCanManageAsync(ctx, offering.DomainIds);
        offering.Removed = ctx.Now;
        offering.State = OfferingState.Inactive;
        ctx.Event(EventTypes.DiskOfferingDelete, $"Successfully deleted disk offering {offering.Name}", "DiskOffering", offering.Uuid, offering.Name);
        return new ApiResult.Success();
    }
}
