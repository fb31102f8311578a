using SharpStack.Core.Infrastructure;

namespace SharpStack.Orchestration.Compute;

/// <summary>Whether a host carried out a command, and why not.</summary>
public sealed record HostAnswer(bool Ok, string? Error)
{
    public static readonly HostAnswer Success = new(true, null);

    public static HostAnswer Failure(string error) => new(false, error);
}

/// <summary>Sends a command to the agent of a host (real or simulated) and waits for its answer.</summary>
public interface IHostCommandSender
{
    Task<HostAnswer> SendAsync<T>(Host host, string command, T body, CancellationToken ct);
}
