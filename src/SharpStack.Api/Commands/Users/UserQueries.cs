using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;

namespace SharpStack.Api.Commands.Users;

internal static class UserQueries
{
    /// <summary>The user named by the id parameter, tracked, with account, domain and role.</summary>
    public static async Task<User> FindTargetAsync(CommandContext ctx, bool forChange = true)
    {
        var found = ctx.Params.RequiredEntity<User>("id");
        var user = await ctx.Db.Users
            .Include(u => u.Account!).ThenInclude(a => a.Domain)
            .Include(u => u.Account!).ThenInclude(a => a.Role)
            .FirstAsync(u => u.Id == found.Id, ctx.Cancellation);
        if (forChange)
        {
            IdentityService.EnsureCanManage(ctx.Caller, user.Account!);
        }
        return user;
    }

    public static ApiObject Response(CommandContext ctx, User user) => IdentityResponses.User(user, user.Account!, ctx.Caller);

    /// <summary>The default admin user and the caller itself cannot be disabled, locked or deleted.</summary>
    public static void EnsureStateChangeable(CommandContext ctx, User user)
    {
        if (user.IsDefault || user.Id == User.SystemId)
        {
            throw CloudException.InvalidParameter($"The default user {user.Username} cannot be disabled, locked or deleted");
        }
        if (user.Id == ctx.Caller.User.Id)
        {
            throw CloudException.InvalidParameter("A user cannot disable, lock or delete itself");
        }
    }

    public static Task EndSessionsAsync(CommandContext ctx, User user) =>
        ctx.Db.Sessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(ctx.Cancellation);
}
