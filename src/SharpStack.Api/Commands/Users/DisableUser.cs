using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Users;

[ApiCommand("disableUser")]
public sealed class DisableUser : IAsyncApiCommand
{
    public string EventType => EventTypes.UserDisable;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var user = await UserQueries.FindTargetAsync(ctx);
        UserQueries.EnsureStateChangeable(ctx, user);
        return JobTarget.For("User", user.Uuid);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var user = await UserQueries.FindTargetAsync(ctx);
        UserQueries.EnsureStateChangeable(ctx, user);
        user.State = UserState.Disabled;
        await UserQueries.EndSessionsAsync(ctx, user);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.UserDisable, $"Successfully completed disabling user {user.Username}", "User", user.Uuid, user.Username);
        return ApiResult.Of(UserQueries.Response(ctx, user));
    }
}
