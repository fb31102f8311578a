using System.Globalization;

namespace SharpStack.Agent;

/// <summary>Command line of sharpstack-agent.</summary>
public sealed record AgentOptions(
    string Server,
    int Port,
    string Token,
    string? ClusterId,
    string DataDir,
    string AgentIdFile,
    string HostName,
    string? IpAddress,
    string Accel,
    string? HostNamespace,
    string? GuestInterface,
    TimeSpan StopTimeout,
    TimeSpan ReportInterval)
{
    public const string Usage = """
        sharpstack-agent --token TOKEN [--cluster CLUSTERUUID] [--server 127.0.0.1] [--port 8250]
                         [--data-dir /var/lib/sharpstack-agent] [--agent-id-file DATADIR/agent-id]
                         [--host-name HOSTNAME] [--ip ADDRESS] [--accel auto|kvm|tcg]
                         [--netns NAME] [--guest-interface IF] [--stop-timeout 30] [--report-interval 60]
        Runs this machine as a KVM host of a SharpStack cloud: registers with the management server,
        runs instances under QEMU (KVM when usable, TCG otherwise) and their disks and nics.
        TOKEN is a cluster's registration token, or the zone's token together with --cluster.
        --netns puts guest bridges and taps (and the QEMUs) in that network namespace (tests).
        """;

    public static AgentOptions Parse(string[] args)
    {
        var values = Agent.Protocol.AgentCommandLine.Parse(args);
        string Get(string key, string fallback) => values.GetValueOrDefault(key, fallback);
        int Number(string key, int fallback) =>
            values.TryGetValue(key, out var v) ? int.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;
        var dataDir = Path.GetFullPath(Get("data-dir", "/var/lib/sharpstack-agent"));
        var accel = Get("accel", "auto");
        if (accel is not ("auto" or "kvm" or "tcg"))
        {
            throw new ArgumentException($"--accel must be auto, kvm or tcg, not {accel}");
        }
        return new AgentOptions(
            Get("server", "127.0.0.1"),
            Number("port", Protocol.AgentProtocol.DefaultPort),
            values.TryGetValue("token", out var token) ? token : throw new ArgumentException("--token is required"),
            values.GetValueOrDefault("cluster"),
            dataDir,
            Get("agent-id-file", Path.Combine(dataDir, "agent-id")),
            Get("host-name", Environment.MachineName),
            values.GetValueOrDefault("ip"),
            accel,
            values.GetValueOrDefault("netns"),
            values.GetValueOrDefault("guest-interface"),
            TimeSpan.FromSeconds(Number("stop-timeout", 30)),
            TimeSpan.FromSeconds(Math.Max(1, Number("report-interval", 60))));
    }

    /// <summary>The agent's stable id: read from its file, or made once and kept there, so a restarted agent finds its host again.</summary>
    public string LoadAgentId()
    {
        if (File.Exists(AgentIdFile) && File.ReadAllText(AgentIdFile).Trim() is { Length: > 0 } existing)
        {
            return existing;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(AgentIdFile)!);
        var id = "kvm-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(AgentIdFile, id);
        return id;
    }
}
