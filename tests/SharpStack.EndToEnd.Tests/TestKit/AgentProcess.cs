using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>A real sharpstack-agent process on this machine, its guests' host side in a test namespace, guests under TCG.</summary>
public sealed class AgentProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AgentProcess(Process process)
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

    public static AgentProcess Start(int port, string token, string dataDir, string hostNamespace, string hostName)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "sharpstack-agent.dll"), "--port", port.ToString(CultureInfo.InvariantCulture), "--token", token,
                     "--data-dir", dataDir, "--netns", hostNamespace, "--accel", "tcg", "--host-name", hostName, "--ip", "127.0.0.1",
                     "--stop-timeout", "20", "--report-interval", "2",
                 })
        {
            info.ArgumentList.Add(arg);
        }
        var agent = new AgentProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start sharpstack-agent"));
        agent._process.OutputDataReceived += (_, e) => agent.Append(e.Data);
        agent._process.ErrorDataReceived += (_, e) => agent.Append(e.Data);
        agent._process.BeginOutputReadLine();
        agent._process.BeginErrorReadLine();
        return agent;
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

    /// <summary>SIGKILL of the agent alone: the QEMUs it started keep running.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
