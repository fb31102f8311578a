using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Users;

/// <summary>Generates a new API key pair for a user; the old pair stops working at once.</summary>
[ApiCommand("registerUserKeys")]
public sealed class RegisterUserKeys(IdentityService identity) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var user = await UserQueries.FindTargetAsync(ctx);
        var (apiKey, secretKey) = identity.GenerateKeys(user);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.RegisterUserKeys, $"Successfully generated API keys for user {user.Username}", "User", user.Uuid, user.Username);
        return ApiResult.Of(new ApiObject { { "apikey", apiKey }, { "secretkey", secretKey } });
    }
}
