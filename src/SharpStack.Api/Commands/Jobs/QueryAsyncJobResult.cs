using SharpStack.Api.Catalog;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Jobs;

namespace SharpStack.Api.Commands.Jobs;

[ApiCommand("queryAsyncJobResult")]
public sealed class QueryAsyncJobResult(ApiCatalog catalog) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var job = ctx.Params.RequiredEntity<AsyncJob>("jobid");
        var responses = await JobResponses.ToResponsesAsync(ctx.Db, [job], catalog, ctx.Cancellation);
        return new ApiResult.Inline(responses[0]);
    }
}
