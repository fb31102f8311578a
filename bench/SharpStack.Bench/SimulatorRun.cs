using System.Diagnostics;
using System.Globalization;

namespace SharpStack.Bench;

/// <summary>
/// One sharpstack-simulator child process (`dotnet sharpstack-simulator.dll ...`), connecting N
/// simulated hosts to the agent port. Keeps the last lines it printed and its latest
/// "connected X/N"; disposing it kills it (the whole tree) and waits for it to end.
/// </summary>
internal sealed class SimulatorRun : IDisposable
{
    private const int KeptLines = 20;
    private readonly Process _process;
    private readonly Queue<string> _lines = new();
    private int _connected;

    private SimulatorRun(Process process) => _process = process;

    /// <summary>The simulator next to this bench (copied there by the project reference).</summary>
    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "sharpstack-simulator.dll");

    /// <param name="maxSeconds">The simulator's --seconds: it stops by itself after that long, should the bench die without killing it.</param>
    public static SimulatorRun Start(int port, string token, string clusterId, int hosts, string prefix, int maxSeconds)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     DllPath, "--port", port.ToString(CultureInfo.InvariantCulture), "--token", token, "--cluster", clusterId,
                     "--hosts", hosts.ToString(CultureInfo.InvariantCulture), "--prefix", prefix, "--seconds", maxSeconds.ToString(CultureInfo.InvariantCulture),
                 })
        {
            info.ArgumentList.Add(arg);
        }
        var process = Process.Start(info) ?? throw new BenchSetupException("could not start the simulator");
        var run = new SimulatorRun(process);
        process.OutputDataReceived += (_, e) => run.Append(e.Data);
        process.ErrorDataReceived += (_, e) => run.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return run;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Agents the simulator last reported as registered ("connected X/N"), -1 before its first report.</summary>
    public int Connected => Volatile.Read(ref _connected) - 1;

    /// <summary>The last lines it printed (stdout and stderr).</summary>
    public string Tail
    {
        get
        {
            lock (_lines)
            {
                return string.Join(Environment.NewLine, _lines);
            }
        }
    }

    /// <summary>Working set and thread count of the simulator process now, or null once it has ended.</summary>
    public (long WorkingSet, int Threads)? Sample()
    {
        try
        {
            _process.Refresh();
            return _process.HasExited ? null : (_process.WorkingSet64, _process.Threads.Count);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>CPU time the simulator has used so far, or null once it has ended.</summary>
    public TimeSpan? Cpu()
    {
        try
        {
            _process.Refresh();
            return _process.HasExited ? null : _process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        // "connected 4123/10000", printed whenever the number changes.
        if (line.StartsWith("connected ", StringComparison.Ordinal) && line.IndexOf('/', StringComparison.Ordinal) is var slash and > 10
            && int.TryParse(line.AsSpan(10, slash - 10), NumberStyles.None, CultureInfo.InvariantCulture, out var connected))
        {
            Volatile.Write(ref _connected, connected + 1);
        }
        lock (_lines)
        {
            _lines.Enqueue(line);
            while (_lines.Count > KeptLines)
            {
                _lines.Dequeue();
            }
        }
    }

    /// <summary>SIGKILL to the simulator (and anything it started), then wait for it to be gone.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
            _process.WaitForExit(TimeSpan.FromSeconds(30));
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
