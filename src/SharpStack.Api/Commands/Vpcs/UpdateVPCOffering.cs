using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Vpcs;

[ApiCommand("updateVPCOffering")]
public sealed class UpdateVPCOffering : IAsyncApiCommand
{
    public string EventType => EventTypes.VpcOfferingUpdate;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var offering = ctx.Params.RequiredEntity<VpcOffering>("id");
        Check(ctx);
        return Task.FromResult(JobTarget.For("VpcOffering", offering.Uuid));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<VpcOffering>("id");
        var state = Check(ctx);
        var offering = await ctx.Db.VpcOfferings.Include(o => o.Services).FirstAsync(o => o.Id == found.Id, ctx.Cancellation);
        var p = ctx.Params;
        offering.Name = p.String("name") ?? offering.Name;
        offering.DisplayText = p.String("displaytext") ?? offering.DisplayText;
        offering.State = state ?? offering.State;
        offering.SortKey = p.Int("sortkey") ?? offering.SortKey;
        ctx.Event(EventTypes.VpcOfferingUpdate, $"Updated VPC offering {offering.Name}", "VpcOffering", offering.Uuid, offering.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(await VpcOfferingResponses.ToResponseAsync(ctx.Db, offering, ctx.Cancellation));
    }

    private static VpcOfferingState? Check(CommandContext ctx)
    {
        if (ctx.Params.String("name") is { } name)
        {
            IdentityService.ValidateName(name, "Offering name");
        }
        if (ctx.Params.Has("domainid") || ctx.Params.Has("zoneid"))
        {
            throw CloudException.InvalidParameter("Changing a VPC offering's domains or zones is not supported");
        }
        return ctx.Params.String("state") switch
        {
            null => null,
            var s when s.Equals("Enabled", StringComparison.OrdinalIgnoreCase) => VpcOfferingState.Enabled,
            var s when s.Equals("Disabled", StringComparison.OrdinalIgnoreCase) => VpcOfferingState.Disabled,
            var s => throw CloudException.InvalidParameter($"Invalid state {s}: use Enabled or Disabled"),
        };
    }
}
