using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Vpcs;

[ApiCommand("updateVPC")]
public sealed class UpdateVPC : IAsyncApiCommand
{
    public string EventType => EventTypes.VpcUpdate;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        Check(ctx);
        return Task.FromResult(VpcJobs.Target(ctx.Params.RequiredEntity<Vpc>("id")));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        Check(ctx);
        var vpc = await VpcJobs.LoadAsync(ctx);
        var p = ctx.Params;
        vpc.Name = p.String("name") ?? vpc.Name;
        vpc.DisplayText = p.String("displaytext") ?? vpc.DisplayText;
        vpc.Display = p.Bool("fordisplay") ?? vpc.Display;
        vpc.PublicMtu = p.Int("publicmtu") ?? vpc.PublicMtu;
        ctx.Event(EventTypes.VpcUpdate, $"Updated VPC {vpc.Name}", "Vpc", vpc.Uuid, vpc.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await VpcResponses.ToResponsesAsync(ctx.Db, ctx.Caller, [vpc], ctx.Cancellation))[0]);
    }

    private static void Check(CommandContext ctx)
    {
        var p = ctx.Params;
        if (p.String("name") is { } name)
        {
            IdentityService.ValidateName(name, "VPC name");
        }
        if (p.Has("sourcenatipaddress"))
        {
            throw CloudException.InvalidParameter("Changing a VPC's source NAT address is not supported by this cloud");
        }
        if (p.Has("customid") && !ctx.Caller.IsRootAdmin)
        {
            throw CloudException.PermissionDenied("Only the root admin can set customid");
        }
        if (p.Int("publicmtu") is < 68 or > 1500)
        {
            throw CloudException.InvalidParameter("publicmtu must be from 68 to 1500");
        }
    }
}
