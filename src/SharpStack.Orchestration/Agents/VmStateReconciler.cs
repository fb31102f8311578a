using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Compute;
using SharpStack.Core.Events;
using SharpStack.Core.Identity;
using SharpStack.Data;
using SharpStack.Orchestration.Alerts;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Orchestration.Agents;

/// <summary>
/// Reconciles what a host's agent reports running with what the database says (upstream's power
/// state sync): an instance the cloud has Running on the host that the host does not run was
/// stopped outside the cloud and becomes Stopped (its capacity given back, an event recorded);
/// an instance the host runs that the cloud does not place there is reported as an alert, never
/// killed (an operator decides). Instances in transition (Starting, Stopping, Migrating) are left
/// to the job moving them.
/// </summary>
public sealed partial class VmStateReconciler(IServiceScopeFactory scopes, EventLog events, UsageEvents usage, AlertLog alerts, ILogger<VmStateReconciler> log)
{
    // Each stray instance is alerted once per host while it stays, not at every report.
    private readonly ConcurrentDictionary<(long HostId, string Name), byte> _alerted = new();

    public async Task ReconcileAsync(long hostId, VmStatesReport report, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var host = await db.Hosts.AsNoTracking().FirstOrDefaultAsync(h => h.Id == hostId, ct);
        if (host is null)
        {
            return;
        }
        var poweredOn = report.Vms.Where(v => v.PowerState == PowerStates.On).Select(v => v.InstanceName).ToHashSet(StringComparer.Ordinal);
        var placedHere = await db.VirtualMachines.Where(v => v.HostId == hostId && v.Removed == null).ToListAsync(ct);
        foreach (var vm in placedHere.Where(v => v.State == VmState.Running && !poweredOn.Contains(v.InstanceName)))
        {
            if (!await VmStates.MoveAsync(db, vm, VmState.Stopped, ct, VmState.Running))
            {
                continue;
            }
            await DeploymentPlanner.ReleaseHostAsync(db, hostId, vm.CpuNumber, (long)vm.CpuNumber * vm.CpuSpeed, (long)vm.Memory << 20, ct);
            vm.HostId = null;
            events.Add(db, new EventActor(User.SystemId, vm.AccountId, vm.DomainId), EventTypes.VmStop,
                $"Instance {vm.DisplayName} is no longer running on host {host.Name} (reported powered off): now Stopped", "VirtualMachine", vm.Uuid, vm.DisplayName,
                EventLevel.Warn);
            usage.Vm(db, UsageEvents.VmStop, vm);
            await db.SaveChangesAsync(ct);
            LogStoppedOutside(log, vm.InstanceName, host.Name);
        }
        var known = placedHere.Select(v => v.InstanceName).ToHashSet(StringComparer.Ordinal);
        foreach (var stray in poweredOn.Where(n => !known.Contains(n)))
        {
            if (_alerted.TryAdd((hostId, stray), 0))
            {
                alerts.Raise(db, AlertTypes.Host, AlertTypes.HostName,
                    $"Host {host.Name} runs instance {stray}, which the cloud does not place on that host; it was left running", host.ZoneId, host.PodId, host.ClusterId);
                await db.SaveChangesAsync(ct);
                LogStray(log, stray, host.Name);
            }
        }
        foreach (var gone in _alerted.Keys.Where(k => k.HostId == hostId && !poweredOn.Contains(k.Name)).ToList())
        {
            _alerted.TryRemove(gone, out _);
        }
    }

    [LoggerMessage(7201, LogLevel.Warning, "Instance {Instance} stopped outside the cloud on host {Host}; it is now Stopped")]
    private static partial void LogStoppedOutside(ILogger logger, string instance, string host);

    [LoggerMessage(7202, LogLevel.Warning, "Host {Host} runs instance {Instance} that the cloud does not place there")]
    private static partial void LogStray(ILogger logger, string instance, string host);
}
