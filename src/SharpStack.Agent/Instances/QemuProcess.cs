using System.Diagnostics;
using System.Globalization;

namespace SharpStack.Agent.Instances;

/// <summary>
/// A QEMU the agent runs: its own child (started here), or one found at start-up that an earlier
/// run of the agent started (an orphan now, watched through /proc). Either way a direct child of
/// the agent when started, never daemonized, so its exit is seen at once.
/// </summary>
public sealed class QemuProcess
{
    private readonly Process? _child;

    private QemuProcess(int pid, Process? child)
    {
        Pid = pid;
        _child = child;
    }

    public int Pid { get; }

    /// <summary>
    /// Starts QEMU in a session of its own (a terminal's Ctrl-C or the agent's end do not reach it),
    /// stdin from /dev/null and its messages appended to <paramref name="log"/> rather than piped to
    /// the agent, so it keeps running when the agent dies.
    /// </summary>
    public static QemuProcess Start(IReadOnlyList<string> prefix, string qemu, IReadOnlyList<string> args, string log)
    {
        var info = new ProcessStartInfo("setsid") { UseShellExecute = false };
        info.ArgumentList.Add("sh");
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("exec \"$@\" </dev/null >>\"$SHARPSTACK_QEMU_LOG\" 2>&1");
        info.ArgumentList.Add("sh");
        foreach (var arg in prefix.Append(qemu).Concat(args))
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["SHARPSTACK_QEMU_LOG"] = log;
        var child = Process.Start(info) ?? throw new InvalidOperationException("cannot start QEMU");
        return new QemuProcess(child.Id, child);
    }

    /// <summary>The QEMU with this pid if it still runs (not a zombie) and is a QEMU; null otherwise.</summary>
    public static QemuProcess? Adopt(int pid) => IsQemu(pid) ? new QemuProcess(pid, null) : null;

    public bool HasExited => _child is not null ? _child.HasExited : !IsAlive(Pid);

    public async Task WaitForExitAsync(CancellationToken ct)
    {
        if (_child is not null)
        {
            await _child.WaitForExitAsync(ct);
            return;
        }
        while (IsAlive(Pid))
        {
            await Task.Delay(250, ct);
        }
    }

    public void Kill()
    {
        try
        {
            if (_child is not null)
            {
                _child.Kill();
            }
            else if (IsAlive(Pid))
            {
                Process.GetProcessById(Pid).Kill();
            }
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    /// <summary>Alive and not a zombie: an orphaned QEMU may wait long to be reaped by init.</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state is not ("Z" or "X");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsQemu(int pid)
    {
        if (!IsAlive(pid))
        {
            return false;
        }
        try
        {
            return File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/cmdline").Contains("qemu-system", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
