using SharpStack.Api.Responses;

namespace SharpStack.Api.Pipeline;

/// <summary>A command's work. For an async command this runs inside its job.</summary>
public interface IApiCommand
{
    Task<ApiResult> ExecuteAsync(CommandContext ctx);
}

/// <summary>
/// An async command checks what it can before the job is queued (so bad requests fail at once)
/// and names what the job acts on; two jobs with the same sync key never run together.
/// </summary>
public interface IAsyncApiCommand : IApiCommand
{
    /// <summary>The upstream event type recorded for this action, also when its job fails.</summary>
    string EventType { get; }

    Task<JobTarget> PrepareAsync(CommandContext ctx);
}

/// <summary>
/// A command that runs a multi-step orchestration (agent calls between database steps): it runs
/// without the one enclosing transaction and commits each step itself, undoing what a failed step took.
/// </summary>
public interface IOrchestratedCommand : IAsyncApiCommand;

/// <param name="InstanceType">Upstream's jobinstancetype, e.g. Account, Domain, User.</param>
/// <param name="CreatedId">For create-style commands, the id answered beside the jobid.</param>
public sealed record JobTarget(string? InstanceType, Guid? InstanceUuid, string? SyncKey, Guid? CreatedId = null)
{
    public static JobTarget For(string type, Guid uuid) => new(type, uuid, $"{type}:{uuid}");
}
