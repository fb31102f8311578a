using SharpStack.Agent.Networking.Host;
using SharpStack.Agent.Networking.Processes;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Router;

/// <summary>
/// The router's haproxy: runs only while the document has load balancer rules; a new
/// configuration is checked first (haproxy -c) and then loaded by a graceful reload (-sf: the old
/// process finishes its connections).
/// </summary>
public sealed class HaproxyService(ProcessRunner runner)
{
    private const string Program = "haproxy";

    public async Task ApplyAsync(RouterConfig config, RouterPaths paths, CancellationToken ct)
    {
        if (HaproxyConfig.Served(config).Count == 0)
        {
            await StopAsync(paths);
            File.Delete(paths.HaproxyConf);
            return;
        }
        var ns = HostNetworkNames.RouterNamespace(config.RouterName);
        var text = HaproxyConfig.Render(config, paths);
        var running = PidFiles.LivePid(paths.HaproxyPid, Program);
        if (running is not null && File.Exists(paths.HaproxyConf) && File.ReadAllText(paths.HaproxyConf) == text)
        {
            return;
        }
        var candidate = paths.HaproxyConf + ".new";
        await File.WriteAllTextAsync(candidate, text, ct);
        await runner.RunAsync([Program, "-c", "-q", "-f", candidate], ns, ct: ct);
        File.Move(candidate, paths.HaproxyConf, overwrite: true);
        List<string> command = [Program, "-D", "-f", paths.HaproxyConf, "-p", paths.HaproxyPid];
        if (running is { } old)
        {
            command.AddRange(["-sf", old.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }
        await runner.StartDaemonAsync(command, ns, paths.HaproxyLog, ct);
    }

    public static async Task StopAsync(RouterPaths paths)
    {
        await PidFiles.StopAsync(paths.HaproxyPid, Program, TimeSpan.FromSeconds(2));
        await PidFiles.StopAllAsync(Program, paths.HaproxyConf, TimeSpan.FromSeconds(2));
    }
}
