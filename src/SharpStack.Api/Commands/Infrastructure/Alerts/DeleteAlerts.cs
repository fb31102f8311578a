using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;

namespace SharpStack.Api.Commands.Infrastructure.Alerts;

[ApiCommand("deleteAlerts")]
public sealed class DeleteAlerts : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        await AlertSelection.Select(ctx).ExecuteDeleteAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }
}
