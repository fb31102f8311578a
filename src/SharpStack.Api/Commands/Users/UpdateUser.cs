using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Auth;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Users;

/// <summary>
/// Updates a user's details, username, password (a user changing its own password gives the
/// current one) or API keys (both at once, the API key unique).
/// </summary>
[ApiCommand("updateUser")]
public sealed class UpdateUser(IdentityService identity) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var user = await UserQueries.FindTargetAsync(ctx);
        if (p.String("username") is { } username && username != user.Username)
        {
            IdentityService.ValidateName(username, "Username");
            await IdentityService.EnsureUsernameFreeAsync(ctx.Db, user.Account!.DomainId, username, user.Id, ctx.Cancellation);
            user.Username = username;
        }
        if (p.Has("firstname"))
        {
            user.FirstName = p.String("firstname");
        }
        if (p.Has("lastname"))
        {
            user.LastName = p.String("lastname");
        }
        if (p.Has("email"))
        {
            user.Email = p.String("email");
        }
        if (p.Has("timezone"))
        {
            user.Timezone = p.String("timezone");
        }
        if (p.String("password") is { } password)
        {
            IdentityService.ValidatePassword(password);
            if (user.Id == ctx.Caller.User.Id && !ctx.Caller.IsRootAdmin)
            {
                var current = p.String("currentpassword");
                if (current is null || !PasswordHasher.Verify(current, user.PasswordHash))
                {
                    throw CloudException.InvalidParameter("To change the password, give the current password in currentpassword");
                }
            }
            user.PasswordHash = PasswordHasher.Hash(password);
            await ctx.Db.Sessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(ctx.Cancellation);
        }
        var apiKey = p.String("userapikey");
        var secretKey = p.String("usersecretkey");
        if (apiKey is not null || secretKey is not null)
        {
            if (apiKey is null || secretKey is null)
            {
                throw CloudException.InvalidParameter("Both userapikey and usersecretkey must be given to set API keys");
            }
            if (await ctx.Db.Users.AnyAsync(u => u.ApiKey == apiKey && u.Id != user.Id, ctx.Cancellation))
            {
                throw CloudException.InvalidParameter("The given API key is already in use");
            }
            identity.SetKeys(user, apiKey, secretKey);
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.UserUpdate, $"Successfully completed updating user {user.Username}", "User", user.Uuid, user.Username);
        return ApiResult.Of(UserQueries.Response(ctx, user));
    }
}
