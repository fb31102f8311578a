using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Usage;

namespace SharpStack.Api.Commands.Usage;

/// <summary>
/// Runs the usage job now, as upstream's command asks the usage server to: every period that has
/// ended and was not aggregated is written; periods already written are left as they are.
/// </summary>
[ApiCommand("generateUsageRecords")]
public sealed class GenerateUsageRecords(UsageAggregator aggregator) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        if (ctx.Params.Date("startdate") is { } start && ctx.Params.Date("enddate") is { } end && start > end)
        {
            throw CloudException.InvalidParameter("Incorrect date range: startdate must not be after enddate");
        }
        await aggregator.RunAsync(ctx.Db, ctx.Cancellation);
        return new ApiResult.Success();
    }
}
