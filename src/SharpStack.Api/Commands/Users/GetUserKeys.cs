using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;

namespace SharpStack.Api.Commands.Users;

[ApiCommand("getUserKeys")]
public sealed class GetUserKeys(IdentityService identity) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var user = await UserQueries.FindTargetAsync(ctx);
        return ApiResult.Of(new ApiObject { { "apikey", user.ApiKey }, { "secretkey", identity.SecretKeyOf(user) } });
    }
}
