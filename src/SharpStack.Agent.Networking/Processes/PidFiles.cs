namespace SharpStack.Agent.Networking.Processes;

/// <summary>
/// The daemons a host starts (dnsmasq, haproxy) are found again through their pid files; a pid
/// counts only while that process lives (not a zombie) and still runs the expected program.
/// </summary>
public static class PidFiles
{
    public static int? LivePid(string pidFile, string program)
    {
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(), out var pid))
        {
            return null;
        }
        return IsAlive(pid, program) ? pid : null;
    }

    public static bool IsAlive(int pid, string program)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault();
            if (state is 'Z' or 'X')
            {
                return false;
            }
            var exe = Path.GetFileName(new FileInfo($"/proc/{pid}/exe").LinkTarget ?? "");
            return exe == program;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Live processes of a program whose command line has the given argument (a router's config file): also the old haproxy still draining after a reload.</summary>
    public static IReadOnlyList<int> ProcessesWithArgument(string program, string argument)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            try
            {
                var args = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0');
                if (args.Any(a => a.Contains(argument, StringComparison.Ordinal)) && IsAlive(pid, program))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }
        return found;
    }

    public static void Signal(int pid, int signal) => _ = LibC.kill(pid, signal);

    /// <summary>SIGTERM, then SIGKILL when it has not gone within the grace period; removes the pid file.</summary>
    public static async Task StopAsync(string pidFile, string program, TimeSpan grace)
    {
        if (LivePid(pidFile, program) is { } pid)
        {
            Signal(pid, LibC.SigTerm);
            var deadline = DateTime.UtcNow + grace;
            while (IsAlive(pid, program) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
            if (IsAlive(pid, program))
            {
                Signal(pid, LibC.SigKill);
            }
        }
        if (File.Exists(pidFile))
        {
            File.Delete(pidFile);
        }
    }

    /// <summary>Stops every live process of the program started with that argument (SIGTERM, then SIGKILL).</summary>
    public static async Task StopAllAsync(string program, string argument, TimeSpan grace)
    {
        var pids = ProcessesWithArgument(program, argument);
        foreach (var pid in pids)
        {
            Signal(pid, LibC.SigTerm);
        }
        var deadline = DateTime.UtcNow + grace;
        while (pids.Any(p => IsAlive(p, program)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        foreach (var pid in pids.Where(p => IsAlive(p, program)))
        {
            Signal(pid, LibC.SigKill);
        }
    }
}
