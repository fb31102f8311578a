namespace SharpStack.Core.Jobs;

public sealed class AsyncJob
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long UserId { get; set; }
    public long AccountId { get; set; }
    /// <summary>The API command name, e.g. deleteAccount.</summary>
    public required string Command { get; set; }
    /// <summary>The request parameters as a JSON object, secrets removed.</summary>
    public required string Parameters { get; set; }
    public JobPhase Phase { get; set; } = JobPhase.Queued;
    public JobStatus Status { get; set; } = JobStatus.InProgress;
    public int ProcessStatus { get; set; }
    public int ResultCode { get; set; }
    /// <summary>The result object as JSON, once done.</summary>
    public string? Result { get; set; }
    public string? InstanceType { get; set; }
    public Guid? InstanceUuid { get; set; }
    /// <summary>Jobs with the same key never run at the same time (one VM, one account, ...).</summary>
    public string? SyncKey { get; set; }
    public long? ManagementServerId { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Started { get; set; }
    public DateTime? Completed { get; set; }
    public DateTime? Removed { get; set; }
}

/// <summary>Upstream jobstatus values.</summary>
public enum JobStatus
{
    InProgress = 0,
    Succeeded = 1,
    Failed = 2,
    Cancelled = 3,
}

/// <summary>Where a job is in its execution, beside the upstream status.</summary>
public enum JobPhase
{
    Queued = 0,
    Running = 1,
    Done = 2,
}
