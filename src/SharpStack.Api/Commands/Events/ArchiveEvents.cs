using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;

namespace SharpStack.Api.Commands.Events;

[ApiCommand("archiveEvents")]
public sealed class ArchiveEvents : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        await EventSelection.Select(ctx).ExecuteUpdateAsync(s => s.SetProperty(e => e.Archived, true), ctx.Cancellation);
        return new ApiResult.Success();
    }
}
