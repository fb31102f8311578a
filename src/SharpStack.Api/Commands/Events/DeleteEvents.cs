using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;

namespace SharpStack.Api.Commands.Events;

[ApiCommand("deleteEvents")]
public sealed class DeleteEvents : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        await EventSelection.Select(ctx).ExecuteDeleteAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }
}
