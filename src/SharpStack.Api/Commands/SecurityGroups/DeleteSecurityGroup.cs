using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.SecurityGroups;

/// <summary>Deletes a group that is not the default one, has no member instances and is named by no other group's rule (upstream's refusals).</summary>
[ApiCommand("deleteSecurityGroup")]
public sealed class DeleteSecurityGroup : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = await SecurityGroupParams.FindAsync(ctx, "id", "name");
        var group = await ctx.Db.SecurityGroups.FirstAsync(g => g.Id == found.Id, ctx.Cancellation);
        if (group.IsDefault)
        {
            throw CloudException.InvalidParameter("The network group default is reserved");
        }
        if (await ctx.Db.SecurityGroupRules.AnyAsync(r => r.AllowedGroupId == group.Id, ctx.Cancellation))
        {
            throw CloudException.InUse("Cannot delete group when there are security rules that allow this group");
        }
        if (await ctx.Db.SecurityGroupMembers.AnyAsync(m => m.GroupId == group.Id, ctx.Cancellation))
        {
            throw CloudException.InUse("Cannot delete group when it's in use by virtual machines");
        }
        await ctx.Db.SecurityGroupRules.Where(r => r.SecurityGroupId == group.Id).ExecuteDeleteAsync(ctx.Cancellation);
        await ctx.Db.ResourceTags.Where(t => t.ResourceType == "SecurityGroup" && t.ResourceId == group.Id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Db.SecurityGroups.Remove(group);
        ctx.Event(EventTypes.SecurityGroupDelete, $"Deleted security group {group.Name}", "SecurityGroup", group.Uuid, group.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }
}
