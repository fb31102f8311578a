using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Users;

[ApiCommand("enableUser")]
public sealed class EnableUser : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var user = await UserQueries.FindTargetAsync(ctx);
        user.State = UserState.Enabled;
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.UserEnable, $"Successfully completed enabling user {user.Username}", "User", user.Uuid, user.Username);
        return ApiResult.Of(UserQueries.Response(ctx, user));
    }
}
