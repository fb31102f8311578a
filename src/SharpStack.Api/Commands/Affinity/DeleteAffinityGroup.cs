using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Affinity;

/// <summary>Deletes an affinity group (by id, or by name of the caller's or the named account); its instances simply leave it.</summary>
[ApiCommand("deleteAffinityGroup")]
public sealed class DeleteAffinityGroup : IAsyncApiCommand
{
    public string EventType => EventTypes.AffinityGroupDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx) => JobTarget.For("AffinityGroup", (await FindAsync(ctx)).Uuid);

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = await FindAsync(ctx);
        var group = await ctx.Db.AffinityGroups.FirstAsync(g => g.Id == found.Id, ctx.Cancellation);
        await ctx.Db.AffinityGroupMembers.Where(m => m.GroupId == group.Id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Db.AffinityGroups.Remove(group);
        ctx.Event(EventTypes.AffinityGroupDelete, $"Deleted affinity group {group.Name}", "AffinityGroup", group.Uuid, group.Name);
        return new ApiResult.Success();
    }

    private static async Task<AffinityGroup> FindAsync(CommandContext ctx)
    {
        if (ctx.Params.Entity<AffinityGroup>("id") is { } byId)
        {
            return byId;
        }
        var name = ctx.Params.String("name") ?? throw CloudException.InvalidParameter("Give id, or name (with account and domainid for another account)");
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, ctx.Params, ctx.Cancellation);
        return await ctx.Db.AffinityGroups.AsNoTracking().FirstOrDefaultAsync(g => g.AccountId == owner.Id && g.Name == name, ctx.Cancellation)
               ?? throw CloudException.InvalidParameter($"Unable to find affinity group {name} of account {owner.Name}");
    }
}
