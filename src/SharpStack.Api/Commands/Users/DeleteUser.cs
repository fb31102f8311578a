using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Users;

[ApiCommand("deleteUser")]
public sealed class DeleteUser : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var user = await UserQueries.FindTargetAsync(ctx);
        UserQueries.EnsureStateChangeable(ctx, user);
        IdentityService.RemoveUser(user, ctx.Now);
        await UserQueries.EndSessionsAsync(ctx, user);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.UserDelete, $"Successfully completed deleting user {user.Username}", "User", user.Uuid, user.Username);
        return new ApiResult.Success();
    }
}
