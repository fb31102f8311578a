using SharpStack.Agent.Networking.Host;
using SharpStack.Agent.Networking.Processes;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Router;

/// <summary>
/// The router's dnsmasq: started inside the namespace with its pid file in the router's state
/// directory; a change of leases, hosts or options is a SIGHUP, a change of the main configuration
/// a restart.
/// </summary>
public sealed class DnsmasqService(ProcessRunner runner)
{
    private const string Program = "dnsmasq";

    public async Task ApplyAsync(RouterConfig config, RouterPaths paths, CancellationToken ct)
    {
        var files = DnsmasqConfig.Render(config, paths);
        var reread = StateFiles.WriteIfChanged(paths.DnsmasqDhcpHosts, files.DhcpHosts)
            | StateFiles.WriteIfChanged(paths.DnsmasqDhcpOpts, files.DhcpOpts)
            | StateFiles.WriteIfChanged(paths.DnsmasqHosts, files.Hosts);
        var restart = StateFiles.WriteIfChanged(paths.DnsmasqConf, files.Conf);
        var pid = PidFiles.LivePid(paths.DnsmasqPid, Program);
        if (pid is { } running && restart)
        {
            await PidFiles.StopAsync(paths.DnsmasqPid, Program, TimeSpan.FromSeconds(2));
            pid = null;
        }
        if (pid is null)
        {
            await runner.StartDaemonAsync([Program, $"--conf-file={paths.DnsmasqConf}"], HostNetworkNames.RouterNamespace(config.RouterName), paths.DnsmasqLog, ct);
        }
        else if (reread)
        {
            PidFiles.Signal(pid.Value, LibC.SigHup);
        }
    }

    public static async Task StopAsync(RouterPaths paths)
    {
        await PidFiles.StopAsync(paths.DnsmasqPid, Program, TimeSpan.FromSeconds(2));
        await PidFiles.StopAllAsync(Program, paths.DnsmasqConf, TimeSpan.FromSeconds(2));
    }
}
