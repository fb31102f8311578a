using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;

namespace SharpStack.Api.Commands.Usage;

/// <summary>
/// Removes raw usage data older than interval days that the aggregator no longer needs: processed
/// usage events, and intervals that ended before the last aggregated period. Records stay.
/// </summary>
[ApiCommand("removeRawUsageRecords")]
public sealed class RemoveRawUsageRecords(TimeProvider time) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var days = ctx.Params.Int("interval") ?? 0;
        if (days <= 0)
        {
            throw CloudException.InvalidParameter("Interval should be greater than 0.");
        }
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-days);
        await ctx.Db.UsageEvents.Where(e => e.Processed && e.Created < cutoff).ExecuteDeleteAsync(ctx.Cancellation);
        var aggregatedUntil = await ctx.Db.UsagePeriods.OrderByDescending(p => p.End).Select(p => (DateTime?)p.End).FirstOrDefaultAsync(ctx.Cancellation);
        if (aggregatedUntil is { } until)
        {
            var limit = until < cutoff ? until : cutoff;
            await ctx.Db.UsageIntervals.Where(i => i.End != null && i.End < limit).ExecuteDeleteAsync(ctx.Cancellation);
        }
        return new ApiResult.Success();
    }
}
