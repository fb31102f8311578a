using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.SecurityGroups;

/// <summary>Renames a group (never the default one, nor to "default"); customid gives it another id, which here must be a UUID.</summary>
[ApiCommand("updateSecurityGroup")]
public sealed class UpdateSecurityGroup : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<SecurityGroup>("id");
        var group = await ctx.Db.SecurityGroups.FirstAsync(g => g.Id == found.Id, ctx.Cancellation);
        if (ctx.Params.String("name") is { } name && name != group.Name)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw CloudException.InvalidParameter("Security group name cannot be empty");
            }
            if (name.Equals(SecurityGroup.DefaultName, StringComparison.OrdinalIgnoreCase))
            {
                throw CloudException.InvalidParameter($"The security group name {SecurityGroup.DefaultName} is reserved");
            }
            if (group.IsDefault)
            {
                throw CloudException.InvalidParameter("The default security group cannot be renamed");
            }
            if (await ctx.Db.SecurityGroups.AnyAsync(g => g.AccountId == group.AccountId && g.Name == name, ctx.Cancellation))
            {
                throw CloudException.InvalidParameter($"Unable to update security group, a group with name {name} already exists.");
            }
            group.Name = name;
        }
        if (ctx.Params.String("customid") is { } customId)
        {
            if (!Guid.TryParse(customId, out var uuid))
            {
                throw CloudException.InvalidParameter($"customid {customId} is not a UUID: this cloud identifies resources by UUID");
            }
            if (uuid != group.Uuid && await ctx.Db.SecurityGroups.AnyAsync(g => g.Uuid == uuid, ctx.Cancellation))
            {
                throw CloudException.InvalidParameter($"customid {customId} is already in use");
            }
            group.Uuid = uuid;
        }
        ctx.Event(EventTypes.SecurityGroupUpdate, $"Updated security group {group.Name}", "SecurityGroup", group.Uuid, group.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await SecurityGroupResponses.GroupsAsync(ctx.Db, [group], ctx.Cancellation))[0]);
    }
}
