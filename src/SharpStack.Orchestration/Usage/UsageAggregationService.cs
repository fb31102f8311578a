using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Usage;

/// <summary>
/// Runs the usage aggregator every minute while enable.usage.server is true, in the management
/// server or alone (sharpstack-server --usage-only). A run only writes periods that have ended, so
/// running often just makes records appear soon after their period closes.
/// </summary>
public sealed partial class UsageAggregationService(UsageAggregator aggregator, SettingsService settings, ILogger<UsageAggregationService> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A real-time timer: the aggregator reads the (possibly injected) clock itself.
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                try
                {
                    if (await settings.GetBoolAsync(SettingNames.EnableUsageServer, stoppingToken))
                    {
                        var result = await aggregator.RunAsync(stoppingToken);
                        if (result.Periods > 0)
                        {
                            LogAggregated(log, result.Events, result.Periods, result.Records);
                        }
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(log, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(9001, LogLevel.Information, "Usage: applied {Events} events, aggregated {Periods} periods into {Records} records")]
    private static partial void LogAggregated(ILogger logger, int events, int periods, int records);

    [LoggerMessage(9002, LogLevel.Warning, "Usage aggregation failed")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
