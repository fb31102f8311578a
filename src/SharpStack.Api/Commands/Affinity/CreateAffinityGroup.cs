using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Affinity;

[ApiCommand("createAffinityGroup")]
public sealed class CreateAffinityGroup : IAsyncApiCommand
{
    public string EventType => EventTypes.AffinityGroupCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (owner, name, type) = await CheckAsync(ctx);
        return new JobTarget("AffinityGroup", null, $"AffinityGroup:{owner.Id}:{name}:{type}");
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (owner, name, type) = await CheckAsync(ctx);
        var group = new AffinityGroup
        {
            Name = name,
            Description = ctx.Params.String("description"),
            Type = type,
            AccountId = owner.Id,
            DomainId = owner.DomainId,
            Created = ctx.Now,
        };
        ctx.Db.AffinityGroups.Add(group);
        ctx.Event(EventTypes.AffinityGroupCreate, $"Created affinity group {name} ({type})", "AffinityGroup", group.Uuid, name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await AffinityResponses.GroupsAsync(ctx.Db, [group], ctx.Cancellation, withMembers: false))[0]);
    }

    private static async Task<(Core.Identity.Account Owner, string Name, string Type)> CheckAsync(CommandContext ctx)
    {
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, ctx.Params, ctx.Cancellation);
        var name = ctx.Params.String("name")!;
        IdentityService.ValidateName(name, "Affinity group name");
        var type = ctx.Params.String("type")!;
        var known = AffinityGroup.Types.FirstOrDefault(t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase))
                    ?? throw CloudException.InvalidParameter($"Unknown affinity group type {type}: use {string.Join(" or ", AffinityGroup.Types)}");
        if (await ctx.Db.AffinityGroups.AnyAsync(g => g.AccountId == owner.Id && g.Name == name, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Unable to create affinity group, a group with name {name} already exists for account {owner.Name}");
        }
        return (owner, name, known);
    }
}
