using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Images;
using SharpStack.Data;
using SharpStack.Orchestration.Events;

namespace SharpStack.Orchestration.Compute;

/// <summary>
/// Attaches an ISO to an instance's CD-ROM drive, or ejects it: a running instance is told through
/// its host first; the instance keeps at most one ISO (its IsoId), set by a conditional update.
/// </summary>
public sealed class IsoOrchestrator(IHostCommandSender hosts, EventLog events)
{
    public async Task AttachAsync(CloudDbContext db, VirtualMachine vm, VmTemplate iso, EventActor actor, CancellationToken ct)
    {
        var path = await TemplateLocations.ReadyLocationAsync(db, iso, vm.ZoneId, ct)
                   ?? throw CloudException.InvalidParameter($"ISO {iso.Name} is not ready in the zone of instance {vm.DisplayName}");
        var told = await TellHostAsync(db, vm, iso, path, attach: true, ct);
        // Only when no ISO is attached yet and the ISO still exists (a deleteIso may have run meanwhile).
        var attached = await db.VirtualMachines
            .Where(v => v.Id == vm.Id && v.IsoId == null && db.VmTemplates.Any(t => t.Id == iso.Id && t.Removed == null))
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.IsoId, iso.Id), ct) == 1;
        if (!attached)
        {
            if (told)
            {
                await TellHostAsync(db, vm, iso, path, attach: false, ct); // best effort: take it out again
            }
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} got another ISO, or ISO {iso.Name} was deleted, meanwhile");
        }
        Track(db, vm, iso.Id);
        events.Add(db, actor, EventTypes.IsoAttach, $"Attached ISO {iso.Name} to instance {vm.DisplayName}", "VirtualMachine", vm.Uuid, vm.DisplayName);
        await db.SaveChangesAsync(ct);
    }

    public async Task DetachAsync(CloudDbContext db, VirtualMachine vm, EventActor actor, CancellationToken ct)
    {
        if (vm.IsoId is not { } isoId)
        {
            throw CloudException.InvalidParameter("The specified instance has no ISO attached to it.");
        }
        var iso = await db.VmTemplates.AsNoTracking().FirstAsync(t => t.Id == isoId, ct);
        var path = await TemplateLocations.ReadyLocationAsync(db, iso, vm.ZoneId, ct) ?? iso.Url;
        await TellHostAsync(db, vm, iso, path, attach: false, ct);
        var detached = await db.VirtualMachines.Where(v => v.Id == vm.Id && v.IsoId == isoId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.IsoId, (long?)null), ct) == 1;
        if (!detached)
        {
            throw CloudException.InvalidParameter($"The ISO of instance {vm.DisplayName} changed meanwhile");
        }
        Track(db, vm, null);
        events.Add(db, actor, EventTypes.IsoDetach, $"Detached ISO {iso.Name} from instance {vm.DisplayName}", "VirtualMachine", vm.Uuid, vm.DisplayName);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sends the ISO to (or ejects it from) a running instance's host; false when the instance is not running.</summary>
    private async Task<bool> TellHostAsync(CloudDbContext db, VirtualMachine vm, VmTemplate iso, string path, bool attach, CancellationToken ct)
    {
        if (vm.State != VmState.Running || vm.HostId is not { } hostId)
        {
            return false;
        }
        var host = await db.Hosts.AsNoTracking().FirstAsync(h => h.Id == hostId, ct);
        var answer = await hosts.SendAsync(host, AgentProtocol.Commands.AttachIso, new AttachIsoRequest(vm.InstanceName, iso.Uuid.ToString(), path, attach), ct);
        if (!answer.Ok)
        {
            throw CloudException.Internal($"Failed to {(attach ? "attach" : "detach")} ISO {iso.Name} {(attach ? "to" : "from")} instance {vm.DisplayName}: {answer.Error}");
        }
        return true;
    }

    private static void Track(CloudDbContext db, VirtualMachine vm, long? isoId)
    {
        var property = db.Entry(vm).Property(v => v.IsoId);
        property.CurrentValue = isoId;
        property.OriginalValue = isoId;
    }
}
