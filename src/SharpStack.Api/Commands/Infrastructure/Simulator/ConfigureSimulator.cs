using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Simulator;

namespace SharpStack.Api.Commands.Infrastructure.Simulator;

/// <summary>
/// Tells simulated agents how to answer a command (name, e.g. PingCommand) in a zone, pod, cluster
/// or on one host: value "result:fail", "wait:MILLISECONDS" or both, for count calls or always.
/// </summary>
[ApiCommand("configureSimulator", ObjectName = "simulatormock")]
public sealed class ConfigureSimulator : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var value = p.String("value")!;
        var known = value.Split(',', StringSplitOptions.TrimEntries)
            .All(part => part.Equals("result:fail", StringComparison.OrdinalIgnoreCase) || part.Equals("result:success", StringComparison.OrdinalIgnoreCase) ||
                         part.StartsWith("wait:", StringComparison.OrdinalIgnoreCase) && int.TryParse(part[5..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _));
        if (!known)
        {
            throw CloudException.InvalidParameter($"Invalid simulator value {value}: use result:fail, result:success and/or wait:MILLISECONDS, separated by commas");
        }
        if (p.Int("count") is < 1)
        {
            throw CloudException.InvalidParameter("count must be at least 1");
        }
        var mock = new SimulatorMock
        {
            Name = p.String("name")!,
            Value = value,
            Count = p.Int("count"),
            JsonResponse = p.String("jsonresponse"),
            ZoneId = p.Entity<Zone>("zoneid")?.Id,
            PodId = p.Entity<Pod>("podid")?.Id,
            ClusterId = p.Entity<Cluster>("clusterid")?.Id,
            HostId = p.Entity<Host>("hostid")?.Id,
        };
        ctx.Db.SimulatorMocks.Add(mock);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(await MockResponses.ToResponseAsync(ctx.Db, mock, ctx.Cancellation));
    }
}
