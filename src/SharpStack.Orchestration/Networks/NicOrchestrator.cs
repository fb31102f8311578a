using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Data;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;

namespace SharpStack.Orchestration.Networks;

/// <summary>
/// An instance's nics after deployment: added (hot-plugged when it runs, its network implemented
/// first), removed (unplugged), and which one is the default; routers learn every change.
/// </summary>
public sealed class NicOrchestrator(NetworkOrchestrator networks, RouterOrchestrator routers, IHostCommandSender hosts, TimeProvider time)
{
    public static NicSpec Spec(Nic nic, Network network) =>
        new(nic.DeviceId, nic.MacAddress ?? "", nic.Ipv4Address, nic.Netmask, nic.Gateway, network.BroadcastUri, nic.IsDefault);

    public async Task<Nic> AddAsync(CloudDbContext db, VirtualMachine vm, Network network, string? requestedIp, string? macAddress, EventActor actor, CancellationToken ct)
    {
        Nic nic;
        await using (var tx = await UnitOfWork.BeginAsync(db, ct))
        {
            var deviceId = (await db.Nics.Where(n => n.VmId == vm.Id).MaxAsync(n => (int?)n.DeviceId, ct) ?? -1) + 1;
            nic = await GuestNetworks.AllocateNicAsync(db, network, vm.Id, deviceId, isDefault: false, requestedIp, time.GetUtcNow().UtcDateTime, ct);
            if (macAddress is not null)
            {
                nic.MacAddress = macAddress;
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException)
                {
                    throw CloudException.InvalidParameter($"MAC address {macAddress} is already in use");
                }
            }
            await tx.CommitAsync(ct);
        }
        if (vm.State != VmState.Running)
        {
            return nic;
        }
        try
        {
            if (!await networks.ImplementAsync(db, network.Id, actor, vm.HostId, ct))
            {
                await routers.ApplyAsync(db, network.Id, ct);
            }
            var current = await db.Networks.AsNoTracking().FirstAsync(n => n.Id == network.Id, ct);
            await SendAsync(db, vm, AgentProtocol.Commands.PlugNic, Spec(nic, current), ct);
            return nic;
        }
        catch (CloudException)
        {
            db.ChangeTracker.Clear();
            await db.Nics.Where(n => n.Id == nic.Id).ExecuteDeleteAsync(ct);
            await routers.TryApplyAsync(db, network.Id, ct);
            throw;
        }
    }

    public async Task RemoveAsync(CloudDbContext db, VirtualMachine vm, Nic nic, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().FirstAsync(n => n.Id == nic.NetworkId, ct);
        if (vm.State == VmState.Running)
        {
            await SendAsync(db, vm, AgentProtocol.Commands.UnplugNic, Spec(nic, network), ct);
        }
        await db.Nics.Where(n => n.Id == nic.Id).ExecuteDeleteAsync(ct);
        await routers.TryApplyAsync(db, network.Id, ct);
    }

    /// <summary>Makes the nic the instance's default (its gateway the default route): both networks' routers hear of it.</summary>
    public async Task MakeDefaultAsync(CloudDbContext db, VirtualMachine vm, Nic nic, CancellationToken ct)
    {
        var previous = await db.Nics.AsNoTracking().Where(n => n.VmId == vm.Id && n.IsDefault).Select(n => (long?)n.NetworkId).FirstOrDefaultAsync(ct);
        await using (var tx = await UnitOfWork.BeginAsync(db, ct))
        {
            await db.Nics.Where(n => n.VmId == vm.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.IsDefault, n => n.Id == nic.Id), ct);
            await tx.CommitAsync(ct);
        }
        await routers.TryApplyAsync(db, nic.NetworkId, ct);
        if (previous is { } other && other != nic.NetworkId)
        {
            await routers.TryApplyAsync(db, other, ct);
        }
    }

    private async Task SendAsync(CloudDbContext db, VirtualMachine vm, string command, NicSpec spec, CancellationToken ct)
    {
        var host = vm.HostId is { } hostId ? await db.Hosts.AsNoTracking().FirstOrDefaultAsync(h => h.Id == hostId, ct) : null;
        if (host is null)
        {
            throw CloudException.ResourceUnavailable($"Instance {vm.DisplayName} has no host to change its nics on");
        }
        var answer = await hosts.SendAsync(host, command, new PlugNicRequest(vm.InstanceName, spec), ct);
        if (!answer.Ok)
        {
            throw CloudException.ResourceUnavailable($"Host {host.Name} could not change the nics of instance {vm.DisplayName}: {answer.Error}");
        }
    }
}
