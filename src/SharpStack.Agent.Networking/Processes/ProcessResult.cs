namespace SharpStack.Agent.Networking.Processes;

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>A host command that failed: the command line, its exit code and what it wrote to stderr.</summary>
public sealed class CommandFailedException(string commandLine, int exitCode, string standardError)
    : Exception($"'{commandLine}' failed with exit code {exitCode}: {standardError.Trim()}")
{
    public string CommandLine { get; } = commandLine;
    public int ExitCode { get; } = exitCode;
    public string StandardError { get; } = standardError;
}
