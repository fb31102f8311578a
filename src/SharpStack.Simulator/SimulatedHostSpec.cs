using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using SharpStack.Core.Errors;

namespace SharpStack.Simulator;

/// <summary>
/// What a simulated host reports, from its addHost URL: http://sim/c1/h1 (upstream's form) or
/// sim://anything, optionally with ?cpunumber=16&amp;cpuspeed=2400&amp;memory=34359738368&amp;localstorage=...
/// </summary>
public sealed record SimulatedHostSpec(int CpuSockets, int CpuNumber, long CpuSpeedMhz, long MemoryBytes, long LocalStorageBytes)
{
    public const string Version = "4.22.0.0-simulator";

    public static readonly SimulatedHostSpec Default = new(1, 8, 2400, 16L << 30, 1L << 40);

    public static bool IsSimulatorUrl(string url) =>
        url.StartsWith("sim://", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("http://sim/", StringComparison.OrdinalIgnoreCase) ||
        url.Equals("http://sim", StringComparison.OrdinalIgnoreCase);

    public static SimulatedHostSpec Parse(string url)
    {
        if (!IsSimulatorUrl(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw CloudException.InvalidParameter($"Invalid Simulator host URL {url}: use http://sim/<cluster>/<host> or sim://<name>");
        }
        var query = QueryHelpers.ParseQuery(uri.Query);
        long Read(string key, long fallback, long min)
        {
            if (!query.TryGetValue(key, out var values))
            {
                return fallback;
            }
            return long.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min
                ? v
                : throw CloudException.InvalidParameter($"Invalid {key} {values} in the Simulator host URL");
        }
        return new SimulatedHostSpec(
            (int)Read("cpusockets", Default.CpuSockets, 1),
            (int)Read("cpunumber", Default.CpuNumber, 1),
            Read("cpuspeed", Default.CpuSpeedMhz, 1),
            Read("memory", Default.MemoryBytes, 1 << 20),
            Read("localstorage", Default.LocalStorageBytes, 0));
    }
}
