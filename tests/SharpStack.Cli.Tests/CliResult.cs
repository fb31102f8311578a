using System.Text.Json;

namespace SharpStack.Cli.Tests;

/// <summary>What one run of the CLI printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Output).RootElement;

    public CliResult EnsureOk() =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"sharpstack exited {ExitCode}: {Error}\n{Output}");
}
