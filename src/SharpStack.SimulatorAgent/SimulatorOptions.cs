using System.Globalization;

namespace SharpStack.SimulatorAgent;

/// <summary>Command line of sharpstack-simulator.</summary>
public sealed record SimulatorOptions(string Server, int Port, string Token, string? ClusterId, int Hosts, string Prefix, int CpuNumber, long CpuSpeedMhz, long MemoryBytes, int Seconds)
{
    public const string Usage = """
        sharpstack-simulator --token TOKEN [--cluster CLUSTERUUID] [--server 127.0.0.1] [--port 8250]
                             [--hosts 1] [--prefix sim] [--cpunumber 8] [--cpuspeed 2400] [--memory BYTES] [--seconds 0]
        Connects that many simulated hosts to a SharpStack management server over the real agent protocol.
        TOKEN is a cluster's registrationtoken, or the zone's zonetoken together with --cluster.
        They register, ping, and answer every command with success; --seconds 0 runs until stopped.
        """;

    public static SimulatorOptions Parse(string[] args)
    {
        var values = Agent.Protocol.AgentCommandLine.Parse(args);
        string Get(string key, string? fallback = null) =>
            values.TryGetValue(key, out var v) ? v : fallback ?? throw new ArgumentException($"--{key} is required");
        long Number(string key, long fallback) =>
            values.TryGetValue(key, out var v) ? long.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;
        return new SimulatorOptions(
            Get("server", "127.0.0.1"),
            (int)Number("port", 8250),
            Get("token"),
            values.GetValueOrDefault("cluster"),
            (int)Number("hosts", 1),
            Get("prefix", "sim"),
            (int)Number("cpunumber", 8),
            Number("cpuspeed", 2400),
            Number("memory", 16L << 30),
            (int)Number("seconds", 0));
    }
}
