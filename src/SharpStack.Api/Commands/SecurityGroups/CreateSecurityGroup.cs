using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.SecurityGroups;

[ApiCommand("createSecurityGroup")]
public sealed class CreateSecurityGroup : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, ctx.Params, ctx.Cancellation);
        var name = ctx.Params.String("name")!;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw CloudException.InvalidParameter("Security group name cannot be empty");
        }
        if (await ctx.Db.SecurityGroups.AnyAsync(g => g.AccountId == owner.Id && g.Name == name, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Unable to create security group, a group with name {name} already exists.");
        }
        var group = new SecurityGroup
        {
            Name = name,
            Description = ctx.Params.String("description"),
            AccountId = owner.Id,
            DomainId = owner.DomainId,
            Created = ctx.Now,
        };
        ctx.Db.SecurityGroups.Add(group);
        ctx.Event(EventTypes.SecurityGroupCreate, $"Created security group {name}", "SecurityGroup", group.Uuid, name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await SecurityGroupResponses.GroupsAsync(ctx.Db, [group], ctx.Cancellation))[0]);
    }
}
