using System.Globalization;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace SharpStack.Agent.HostProbe;

/// <summary>What the host reports at registration: CPUs, memory, local storage, its address.</summary>
public sealed record HostFacts(int CpuSockets, int CpuNumber, long CpuSpeedMhz, long MemoryBytes, long LocalStorageBytes, string IpAddress)
{
    public static HostFacts Read(string dataDir, string? ipAddress, string root = "/")
    {
        var cpuinfo = ReadLines(Path.Combine(root, "proc/cpuinfo"));
        var cpus = Math.Max(1, cpuinfo.Count(l => l.StartsWith("processor", StringComparison.Ordinal)));
        var sockets = Math.Max(1, cpuinfo.Where(l => l.StartsWith("physical id", StringComparison.Ordinal)).Distinct().Count());
        var mhz = cpuinfo.Where(l => l.StartsWith("cpu MHz", StringComparison.Ordinal))
            .Select(l => double.TryParse(l[(l.IndexOf(':') + 1)..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .DefaultIfEmpty(0).Max();
        var memKb = ReadLines(Path.Combine(root, "proc/meminfo")).Where(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)).FirstOrDefault();
        var storage = new DriveInfo(Path.GetFullPath(dataDir)).TotalSize;
        return new HostFacts(sockets, cpus, Math.Max(1, (long)mhz), Math.Max(1, memKb * 1024), storage, ipAddress ?? FirstAddress());
    }

    private static string[] ReadLines(string path) => File.Exists(path) ? File.ReadAllLines(path) : [];

    /// <summary>The first IPv4 address of an interface that is up and not loopback, else 127.0.0.1.</summary>
    private static string FirstAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)?.ToString() ?? "127.0.0.1";
}
