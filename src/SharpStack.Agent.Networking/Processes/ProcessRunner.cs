using System.Diagnostics;

namespace SharpStack.Agent.Networking.Processes;

/// <summary>
/// Runs host commands (ip, iptables-restore, dnsmasq, haproxy...), optionally inside a network
/// namespace through `ip netns exec`, and captures their output.
/// </summary>
public sealed class ProcessRunner
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs a command; a non-zero exit throws CommandFailedException unless check is false.</summary>
    public async Task<ProcessResult> RunAsync(IReadOnlyList<string> command, string? inNamespace = null, string? standardInput = null,
        bool check = true, CancellationToken ct = default)
    {
        var argv = InNamespace(command, inNamespace);
        using var process = new Process { StartInfo = StartInfoFor(argv) };
        process.StartInfo.RedirectStandardInput = true;
        process.StartInfo.RedirectStandardOutput = true;
        process.StartInfo.RedirectStandardError = true;
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new CommandFailedException(CommandLine(argv), -1, e.Message);
        }
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput.AsMemory(), ct);
        }
        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new CommandFailedException(CommandLine(argv), -1, ct.IsCancellationRequested ? "cancelled" : $"no answer within {DefaultTimeout.TotalSeconds} s");
        }
        var result = new ProcessResult(process.ExitCode, await stdout, await stderr);
        if (check && !result.Succeeded)
        {
            throw new CommandFailedException(CommandLine(argv), result.ExitCode, result.StandardError.Length > 0 ? result.StandardError : result.StandardOutput);
        }
        return result;
    }

    /// <summary>
    /// Starts a program that daemonizes itself (dnsmasq, haproxy -D) with its output appended to
    /// logFile, so the daemon holds none of this process's pipes. Throws with the log's tail when
    /// its start fails.
    /// </summary>
    public async Task StartDaemonAsync(IReadOnlyList<string> command, string? inNamespace, string logFile, CancellationToken ct)
    {
        var argv = InNamespace(command, inNamespace);
        var before = File.Exists(logFile) ? new FileInfo(logFile).Length : 0;
        var result = await RunAsync(["/bin/sh", "-c", "log=$1; shift; exec \"$@\" </dev/null >>\"$log\" 2>&1", "sh", logFile, .. argv], check: false, ct: ct);
        if (!result.Succeeded)
        {
            throw new CommandFailedException(CommandLine(argv), result.ExitCode, LogTail(logFile, before));
        }
    }

    public static string CommandLine(IEnumerable<string> argv) =>
        string.Join(' ', argv.Select(a => a.Length == 0 || a.Any(char.IsWhiteSpace) ? $"'{a}'" : a));

    private static List<string> InNamespace(IReadOnlyList<string> command, string? ns) =>
        ns is null ? [.. command] : ["ip", "netns", "exec", ns, .. command];

    private static ProcessStartInfo StartInfoFor(List<string> argv)
    {
        var info = new ProcessStartInfo(argv[0]) { UseShellExecute = false };
        foreach (var arg in argv.Skip(1))
        {
            info.ArgumentList.Add(arg);
        }
        return info;
    }

    private static string LogTail(string logFile, long from)
    {
        if (!File.Exists(logFile))
        {
            return "(no output)";
        }
        using var stream = File.OpenRead(logFile);
        stream.Seek(Math.Min(from, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        return text.Length > 2000 ? text[^2000..] : text;
    }
}
