using System.Diagnostics;

namespace SharpStack.Agent.HostProbe;

/// <summary>Runs a host tool (ip, qemu-img) to completion; a non-zero exit is an error carrying what the tool said.</summary>
public static class CommandRunner
{
    public static async Task<string> RunAsync(string file, IEnumerable<string> args, CancellationToken ct)
    {
        var (code, output, error) = await TryRunAsync(file, args, ct);
        if (code != 0)
        {
            throw new HostCommandException($"{file} {string.Join(' ', args)} failed ({code}): {error.Trim()}");
        }
        return output;
    }

    public static async Task<(int Code, string Output, string Error)> TryRunAsync(string file, IEnumerable<string> args, CancellationToken ct)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info) ?? throw new HostCommandException($"cannot run {file}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await output, await error);
    }
}

/// <summary>A host operation failed; the message goes back to the server as the command's error.</summary>
public sealed class HostCommandException(string message) : Exception(message);
