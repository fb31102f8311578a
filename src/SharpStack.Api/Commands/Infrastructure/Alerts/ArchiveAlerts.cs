using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;

namespace SharpStack.Api.Commands.Infrastructure.Alerts;

[ApiCommand("archiveAlerts")]
public sealed class ArchiveAlerts : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        await AlertSelection.Select(ctx).ExecuteUpdateAsync(s => s.SetProperty(a => a.Archived, true), ctx.Cancellation);
        return new ApiResult.Success();
    }
}
