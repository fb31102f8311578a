namespace SharpStack.Cli;

/// <summary>A failure to report on stderr with its exit code, without a stack trace.</summary>
public sealed class CliException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
