using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Users;

[ApiCommand("lockUser")]
public sealed class LockUser : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var user = await UserQueries.FindTargetAsync(ctx);
        UserQueries.EnsureStateChangeable(ctx, user);
        user.State = UserState.Locked;
        await UserQueries.EndSessionsAsync(ctx, user);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.UserLock, $"Successfully completed locking user {user.Username}", "User", user.Uuid, user.Username);
        return ApiResult.Of(UserQueries.Response(ctx, user));
    }
}
