using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>Deletes a VPC offering that is not a default one and that no VPC uses.</summary>
[ApiCommand("deleteVPCOffering")]
public sealed class DeleteVPCOffering : IAsyncApiCommand
{
    public string EventType => EventTypes.VpcOfferingDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var offering = await CheckAsync(ctx);
        return JobTarget.For("VpcOffering", offering.Uuid);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var offering = await CheckAsync(ctx);
        await ctx.Db.VpcOfferings.Where(o => o.Id == offering.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Removed, ctx.Now).SetProperty(o => o.State, VpcOfferingState.Disabled), ctx.Cancellation);
        ctx.Event(EventTypes.VpcOfferingDelete, $"Deleted VPC offering {offering.Name}", "VpcOffering", offering.Uuid, offering.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static async Task<VpcOffering> CheckAsync(CommandContext ctx)
    {
        var offering = ctx.Params.RequiredEntity<VpcOffering>("id");
        if (offering.IsDefault)
        {
            throw CloudException.InvalidParameter($"Default VPC offering {offering.Name} can't be removed");
        }
        if (await ctx.Db.Vpcs.AnyAsync(v => v.VpcOfferingId == offering.Id && v.Removed == null, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Can't delete VPC offering {offering.Name}: VPCs use it");
        }
        return offering;
    }
}
