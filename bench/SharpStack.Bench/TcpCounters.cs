using System.Globalization;

namespace SharpStack.Bench;

/// <summary>
/// Linux's TCP listen-queue counters (TcpExt in /proc/net/netstat): connections dropped because
/// the agent listener's accept backlog was full, and the SYNs clients then had to resend. They
/// count for the whole machine, so other traffic adds to them; here it is all loopback.
/// </summary>
internal readonly record struct TcpCounters(long ListenOverflows, long ListenDrops, long SynRetransmits)
{
    public static TcpCounters? Take()
    {
        try
        {
            var lines = File.ReadAllLines("/proc/net/netstat");
            for (var i = 0; i + 1 < lines.Length; i++)
            {
                if (!lines[i].StartsWith("TcpExt:", StringComparison.Ordinal) || !lines[i + 1].StartsWith("TcpExt:", StringComparison.Ordinal))
                {
                    continue;
                }
                var names = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var values = lines[i + 1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                long Get(string name)
                {
                    var index = Array.IndexOf(names, name);
                    return index > 0 && index < values.Length && long.TryParse(values[index], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
                }
                return new TcpCounters(Get("ListenOverflows"), Get("ListenDrops"), Get("TCPSynRetrans"));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return null;
    }

    public static TcpCounters operator -(TcpCounters a, TcpCounters b) =>
        new(a.ListenOverflows - b.ListenOverflows, a.ListenDrops - b.ListenDrops, a.SynRetransmits - b.SynRetransmits);
}
