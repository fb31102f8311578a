using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;

namespace SharpStack.Api.Commands.Users;

/// <summary>Finds the user that owns an API key.</summary>
[ApiCommand("getUser")]
public sealed class GetUser : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var apiKey = ctx.Params.String("userapikey")!;
        var user = await ctx.Db.VisibleUsers(ctx.Caller).AsNoTracking()
            .Include(u => u.Account!).ThenInclude(a => a.Domain)
            .Include(u => u.Account!).ThenInclude(a => a.Role)
            .FirstOrDefaultAsync(u => u.ApiKey == apiKey, ctx.Cancellation)
            ?? throw CloudException.InvalidParameter("Unable to find a user with the given API key");
        return ApiResult.Of(UserQueries.Response(ctx, user));
    }
}
