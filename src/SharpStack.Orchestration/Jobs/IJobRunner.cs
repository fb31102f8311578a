using SharpStack.Core.Jobs;

namespace SharpStack.Orchestration.Jobs;

/// <summary>Runs the work of one claimed job (the API layer replays the queued command).</summary>
public interface IJobRunner
{
    Task<JobOutcome> RunAsync(AsyncJob job, CancellationToken ct);
}

/// <param name="ResultJson">The jobresult object as JSON.</param>
public sealed record JobOutcome(JobStatus Status, int ResultCode, string ResultJson);
