using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>Creates an empty ACL list for a VPC; tiers take it with createNetwork aclid or replaceNetworkACLList.</summary>
[ApiCommand("createNetworkACLList")]
public sealed class CreateNetworkACLList : IAsyncApiCommand
{
    public string EventType => EventTypes.NetworkAclCreate;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) => Task.FromResult(VpcJobs.Target(Check(ctx)));

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vpc = Check(ctx);
        var list = new NetworkAclList
        {
            Name = ctx.Params.String("name")!,
            Description = ctx.Params.String("description") ?? ctx.Params.String("name"),
            VpcId = vpc.Id,
            ForDisplay = ctx.Params.Bool("fordisplay") ?? true,
        };
        ctx.Db.NetworkAclLists.Add(list);
        ctx.Event(EventTypes.NetworkAclCreate, $"Created ACL list {list.Name} for VPC {vpc.Name}", "NetworkAcl", list.Uuid, list.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await AclResponses.ListsAsync(ctx.Db, [list], ctx.Cancellation))[0]);
    }

    private static Vpc Check(CommandContext ctx)
    {
        IdentityService.ValidateName(ctx.Params.String("name")!, "ACL list name");
        var vpc = ctx.Params.Entity<Vpc>("vpcid") ?? throw CloudException.InvalidParameter("vpcid is required: an ACL list belongs to a VPC");
        return vpc.State == VpcState.Enabled ? vpc : throw CloudException.InvalidParameter($"VPC {vpc.Name} is {vpc.State}");
    }
}
