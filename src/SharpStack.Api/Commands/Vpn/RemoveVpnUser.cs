using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpn;

[ApiCommand("removeVpnUser")]
public sealed class RemoveVpnUser(RouterOrchestrator routers, UsageEvents usage) : IOrchestratedCommand
{
    public string EventType => EventTypes.VpnUserRemove;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (owner, _) = await FindAsync(ctx);
        return new JobTarget("VpnUser", null, $"VpnUsers:{owner.Uuid}");
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (owner, user) = await FindAsync(ctx);
        await ctx.Db.VpnUsers.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.State, VpnUserState.Revoke), ctx.Cancellation);
        await VpnChanges.ApplyToAccountAsync(ctx.Db, routers, owner.Id,
            () => ctx.Db.VpnUsers.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.State, user.State), ctx.Cancellation), ctx.Cancellation);
        await ctx.Db.VpnUsers.Where(u => u.Id == user.Id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Event(EventTypes.VpnUserRemove, $"Removed VPN user {user.Username}", "VpnUser", user.Uuid, user.Username);
        usage.VpnUser(ctx.Db, UsageEvents.VpnUserRemove, user);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static async Task<(Core.Identity.Account Owner, VpnUser User)> FindAsync(CommandContext ctx)
    {
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, ctx.Params, ctx.Cancellation);
        var username = ctx.Params.String("username")!;
        var user = await ctx.Db.VpnUsers.AsNoTracking().FirstOrDefaultAsync(u => u.AccountId == owner.Id && u.Username == username, ctx.Cancellation)
                   ?? throw CloudException.InvalidParameter($"Unable to find VPN user {username} of account {owner.Name}");
        return (owner, user);
    }
}
