using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Networks;
using SharpStack.Core.Storage;
using SharpStack.Data;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Orchestration.Compute;

/// <summary>
/// Gives back everything an account holds before it is deleted: its instances (stopped and
/// expunged), disks, snapshots, templates, VPCs, networks (with their routers, VLANs and public addresses) and VPN users; the same for a project's account.
/// </summary>
public sealed class AccountResources(VmOrchestrator orchestrator, Networks.NetworkOrchestrator networks, Networks.VpcOrchestrator vpcs, ResourceLimiter limiter, UsageEvents usage, TimeProvider time)
{
    public async Task ReleaseAsync(CloudDbContext db, Account account, EventActor actor, CancellationToken ct)
    {
        var vms = await db.VirtualMachines.Where(v => v.AccountId == account.Id && v.Removed == null).OrderBy(v => v.Id).ToListAsync(ct);
        var busy = vms.FirstOrDefault(v => v.State is VmState.Starting or VmState.Stopping or VmState.Migrating or VmState.Expunging);
        if (busy is not null)
        {
            throw CloudException.InUse($"Instance {busy.DisplayName} of account {account.Name} is {busy.State}: delete the account when it has settled");
        }
        foreach (var vm in vms)
        {
            if (vm.State == VmState.Running)
            {
                await orchestrator.StopAsync(db, vm, actor, forced: true, ct);
            }
            await orchestrator.DestroyAsync(db, vm, actor, expunge: true, ct);
        }
        foreach (var vpc in await db.Vpcs.Where(v => v.AccountId == account.Id && v.Removed == null).OrderBy(v => v.Id).ToListAsync(ct))
        {
            await vpcs.DestroyAsync(db, vpc, actor, ct);
        }
        foreach (var network in await db.Networks.Where(n => n.AccountId == account.Id && n.Removed == null).OrderBy(n => n.Id).ToListAsync(ct))
        {
            await networks.DestroyAsync(db, network, actor, ct);
        }
        foreach (var ip in await db.PublicIpAddresses.AsNoTracking().Where(a => a.AccountId == account.Id && a.State == PublicIpState.Allocated).ToListAsync(ct))
        {
            await networks.ReleaseAsync(db, ip, ct);
        }
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var volumes = await db.Volumes.Where(v => v.AccountId == account.Id && v.Removed == null).ToListAsync(ct);
        foreach (var volume in volumes)
        {
            await VolumeLifecycle.ReleaseStorageAsync(db, volume, ct);
            volume.State = VolumeState.Expunged;
            volume.Removed = now;
            usage.Volume(db, UsageEvents.VolumeDelete, volume);
        }
        await limiter.DecrementAsync(db, account, [(ResourceType.volume, volumes.Count), (ResourceType.primary_storage, volumes.Sum(v => v.SizeBytes))], ct);
        var snapshots = await db.Snapshots.Where(s => s.AccountId == account.Id && s.Removed == null).ToListAsync(ct);
        foreach (var snapshot in snapshots)
        {
            snapshot.State = SnapshotState.Destroyed;
            snapshot.Removed = now;
        }
        var counted = snapshots.Where(s => s.State != SnapshotState.Error).ToList();
        var templates = await db.VmTemplates.CountAsync(t => t.AccountId == account.Id && t.Removed == null, ct);
        await limiter.DecrementAsync(db, account,
            [(ResourceType.snapshot, counted.Count), (ResourceType.secondary_storage, counted.Sum(s => s.VirtualSizeBytes)), (ResourceType.template, templates)], ct);
        foreach (var vpnUser in await db.VpnUsers.Where(u => u.AccountId == account.Id).ToListAsync(ct))
        {
            usage.VpnUser(db, UsageEvents.VpnUserRemove, vpnUser);
            db.VpnUsers.Remove(vpnUser);
        }
        await db.AffinityGroups.Where(g => g.AccountId == account.Id).ExecuteDeleteAsync(ct);
        await db.ResourceTags.Where(t => t.AccountId == account.Id).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
