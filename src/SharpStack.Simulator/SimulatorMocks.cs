using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Simulator;

/// <summary>
/// How simulated agents answer: a mock (configureSimulator) names a command and a scope (zone,
/// pod, cluster or host) and says "result:fail" or "wait:MILLISECONDS"; without one, commands succeed.
/// </summary>
public static class SimulatorMocks
{
    public const string Ping = "PingCommand";

    public static bool Applies(SimulatorMock mock, Host host) =>
        !mock.Removed && (mock.Count is null || mock.Count > 0) &&
        (mock.HostId is null || mock.HostId == host.Id) &&
        (mock.ClusterId is null || mock.ClusterId == host.ClusterId) &&
        (mock.PodId is null || mock.PodId == host.PodId) &&
        (mock.ZoneId is null || mock.ZoneId == host.ZoneId);

    public static bool Fails(SimulatorMock mock) => mock.Value.Contains("result:fail", StringComparison.OrdinalIgnoreCase);

    public static TimeSpan Delay(SimulatorMock mock)
    {
        foreach (var part in mock.Value.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("wait:", StringComparison.OrdinalIgnoreCase) &&
                int.TryParse(part[5..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms))
            {
                return TimeSpan.FromMilliseconds(ms);
            }
        }
        return TimeSpan.Zero;
    }

    public static Task<List<SimulatorMock>> ActiveAsync(CloudDbContext db, string command, CancellationToken ct) =>
        db.SimulatorMocks.AsNoTracking().Where(m => !m.Removed && m.Name == command && (m.Count == null || m.Count > 0)).ToListAsync(ct);

    /// <summary>Runs a simulated agent command on a host: waits as mocked, and reports whether it succeeded.</summary>
    public static async Task<bool> ExecuteAsync(CloudDbContext db, string command, Host host, TimeProvider time, CancellationToken ct)
    {
        var mocks = (await ActiveAsync(db, command, ct)).Where(m => Applies(m, host)).ToList();
        var delay = mocks.Select(Delay).DefaultIfEmpty(TimeSpan.Zero).Max();
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, ct);
        }
        foreach (var counted in mocks.Where(m => m.Count is not null))
        {
            await db.SimulatorMocks.Where(m => m.Id == counted.Id && m.Count > 0).ExecuteUpdateAsync(s => s.SetProperty(m => m.Count, m => m.Count - 1), ct);
        }
        return !mocks.Any(Fails);
    }
}
