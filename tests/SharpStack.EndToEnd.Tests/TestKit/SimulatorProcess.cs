using System.Diagnostics;
using System.Text;

namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>The out-of-process simulator (sharpstack-simulator), connecting simulated hosts over the real agent protocol.</summary>
public sealed class SimulatorProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SimulatorProcess(Process process)
    {
        _process = process;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static SimulatorProcess Start(int port, string token, string? clusterId, int hosts, string prefix)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "sharpstack-simulator.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--token", token,
                     "--hosts", hosts.ToString(System.Globalization.CultureInfo.InvariantCulture), "--prefix", prefix })
        {
            info.ArgumentList.Add(arg);
        }
        if (clusterId is not null)
        {
            info.ArgumentList.Add("--cluster");
            info.ArgumentList.Add(clusterId);
        }
        var simulator = new SimulatorProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start the simulator"));
        simulator._process.OutputDataReceived += (_, e) => simulator.Append(e.Data);
        simulator._process.ErrorDataReceived += (_, e) => simulator.Append(e.Data);
        simulator._process.BeginOutputReadLine();
        simulator._process.BeginErrorReadLine();
        return simulator;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the agents vanish without closing anything.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
