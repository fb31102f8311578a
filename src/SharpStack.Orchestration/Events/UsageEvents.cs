using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Compute;
using SharpStack.Core.Events;
using SharpStack.Core.Storage;
using SharpStack.Data;

namespace SharpStack.Orchestration.Events;

/// <summary>Records billable changes in the caller's unit of work, with upstream's usage event types.</summary>
public sealed class UsageEvents(TimeProvider time)
{
    public const string VmCreate = "VM.CREATE";
    public const string VmStart = "VM.START";
    public const string VmStop = "VM.STOP";
    public const string VmDestroy = "VM.DESTROY";
    public const string VmUpgrade = "VM.UPGRADE";
    public const string VmDynamicScale = "VM.DYNAMIC.SCALE";
    public const string VolumeCreate = "VOLUME.CREATE";
    public const string VolumeDelete = "VOLUME.DELETE";
    public const string VolumeResize = "VOLUME.RESIZE";
    public const string SnapshotCreate = "SNAPSHOT.CREATE";
    public const string SnapshotDelete = "SNAPSHOT.DELETE";
    public const string VmSnapshotCreate = "VMSNAPSHOT.CREATE";
    public const string VmSnapshotDelete = "VMSNAPSHOT.DELETE";
    public const string IpAssign = "NET.IPASSIGN";
    public const string IpRelease = "NET.IPRELEASE";
    public const string TemplateCreate = "TEMPLATE.CREATE";
    public const string TemplateDelete = "TEMPLATE.DELETE";
    public const string IsoCreate = "ISO.CREATE";
    public const string IsoDelete = "ISO.DELETE";
    public const string LbCreate = "LB.CREATE";
    public const string LbDelete = "LB.DELETE";
    public const string PortForwardingAdd = "NET.RULEADD";
    public const string PortForwardingDelete = "NET.RULEDELETE";
    public const string VpnUserAdd = "VPN.USER.ADD";
    public const string VpnUserRemove = "VPN.USER.REMOVE";
    public const string VpcCreate = "VPC.CREATE";
    public const string VpcDelete = "VPC.DELETE";

    public void Vm(CloudDbContext db, string type, VirtualMachine vm) =>
        Add(db, new UsageEvent
        {
            Type = type,
            AccountId = vm.AccountId,
            DomainId = vm.DomainId,
            ZoneId = vm.ZoneId,
            ResourceId = vm.Id,
            ResourceName = vm.InstanceName,
            OfferingId = vm.ServiceOfferingId,
            TemplateId = vm.TemplateId,
            ResourceType = vm.Hypervisor,
        });

    public void Volume(CloudDbContext db, string type, Volume volume) =>
        Add(db, new UsageEvent
        {
            Type = type,
            AccountId = volume.AccountId,
            DomainId = volume.DomainId,
            ZoneId = volume.ZoneId,
            ResourceId = volume.Id,
            ResourceName = volume.Name,
            OfferingId = volume.DiskOfferingId,
            TemplateId = volume.TemplateId,
            Size = volume.SizeBytes,
        });

    public void Snapshot(CloudDbContext db, string type, Snapshot snapshot) =>
        Add(db, new UsageEvent
        {
            Type = type,
            AccountId = snapshot.AccountId,
            DomainId = snapshot.DomainId,
            ZoneId = snapshot.ZoneId,
            ResourceId = snapshot.Id,
            ResourceName = snapshot.Name,
            Size = snapshot.PhysicalSizeBytes,
            VirtualSize = snapshot.VirtualSizeBytes,
        });

    public void VmSnapshot(CloudDbContext db, string type, VmSnapshot snapshot) =>
        Add(db, new UsageEvent
        {
            Type = type,
            AccountId = snapshot.AccountId,
            DomainId = snapshot.DomainId,
            ZoneId = snapshot.ZoneId,
            ResourceId = snapshot.Id,
            ResourceName = snapshot.Name,
        });

    /// <summary>A public address given to or taken back from an account; ResourceType says whether it is a source NAT address.</summary>
    public void PublicIp(CloudDbContext db, string type, Core.Networks.PublicIpAddress ip, long accountId, long domainId) =>
        Add(db, new UsageEvent
        {
            Type = type,
            AccountId = accountId,
            DomainId = domainId,
            ZoneId = ip.ZoneId,
            ResourceId = ip.Id,
            ResourceName = ip.Address,
            ResourceType = ip.IsSourceNat ? "SourceNat" : "Ip",
        });

    /// <summary>A template's or ISO's copy in a zone became ready (<paramref name="ready"/>) or was deleted.</summary>
    public async Task TemplateCopyAsync(CloudDbContext db, long templateId, long zoneId, long size, bool ready, CancellationToken ct)
    {
        var template = await db.VmTemplates.AsNoTracking().FirstAsync(t => t.Id == templateId, ct);
        Add(db, new UsageEvent
        {
            Type = template.IsIso ? (ready ? IsoCreate : IsoDelete) : (ready ? TemplateCreate : TemplateDelete),
            AccountId = template.AccountId,
            DomainId = template.DomainId,
            ZoneId = zoneId,
            ResourceId = template.Id,
            ResourceName = template.Name,
            TemplateId = template.Id,
            Size = size,
        });
    }

    /// <summary>
    /// Port forwarding and load balancing rules becoming billable (added) or no longer (removed);
    /// other rules cost nothing. The caller saves.
    /// </summary>
    public async Task ForwardingRulesAsync(CloudDbContext db, IQueryable<Core.Networks.FirewallRule> rules, bool added, CancellationToken ct)
    {
        var billable = await rules
            .Where(r => r.Purpose == Core.Networks.RulePurpose.PortForwarding || r.Purpose == Core.Networks.RulePurpose.LoadBalancing)
            .Join(db.Networks, r => r.NetworkId, n => n.Id, (r, n) => new { Rule = r, n.ZoneId })
            .AsNoTracking().ToListAsync(ct);
        foreach (var (rule, zoneId) in billable.Select(x => (x.Rule, x.ZoneId)))
        {
            var balancing = rule.Purpose == Core.Networks.RulePurpose.LoadBalancing;
            Add(db, new UsageEvent
            {
                Type = balancing ? (added ? LbCreate : LbDelete) : (added ? PortForwardingAdd : PortForwardingDelete),
                AccountId = rule.AccountId,
                DomainId = rule.DomainId,
                ZoneId = zoneId,
                ResourceId = rule.Id,
                ResourceName = balancing ? rule.LbName : null,
                ResourceUuid = rule.Uuid,
            });
        }
    }

    /// <summary>A VPN user added or removed; upstream bills VPN users per account, outside any zone (zone 0).</summary>
    public void VpnUser(CloudDbContext db, string type, Core.Networks.VpnUser user) =>
        Add(db, new UsageEvent
        {
            Type = type,
            AccountId = user.AccountId,
            DomainId = user.DomainId,
            ZoneId = 0,
            ResourceId = user.Id,
            ResourceName = user.Username,
            ResourceUuid = user.Uuid,
        });

    public void Vpc(CloudDbContext db, string type, Core.Networks.Vpc vpc) =>
        Add(db, new UsageEvent
        {
            Type = type,
            AccountId = vpc.AccountId,
            DomainId = vpc.DomainId,
            ZoneId = vpc.ZoneId,
            ResourceId = vpc.Id,
            ResourceName = vpc.Name,
            OfferingId = vpc.VpcOfferingId,
        });

    private void Add(CloudDbContext db, UsageEvent e)
    {
        e.Created = time.GetUtcNow().UtcDateTime;
        db.UsageEvents.Add(e);
    }
}
