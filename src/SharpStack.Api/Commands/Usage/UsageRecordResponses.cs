using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Usage;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Usage;

/// <summary>UsageRecordResponse: ids as uuids, and (unless oldformat) descriptions that name uuids instead of internal ids.</summary>
internal static class UsageRecordResponses
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<UsageRecord> records, bool oldFormat, bool includeTags, CancellationToken ct)
    {
        var accountIds = records.Select(r => r.AccountId).Distinct().ToList();
        var domainIds = records.Select(r => r.DomainId).Distinct().ToList();
        var zoneIds = records.Select(r => r.ZoneId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var domains = await db.Domains.AsNoTracking().Where(d => domainIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, z => z.Uuid, ct);
        var vmIds = records.Where(r => r.VmId != null).Select(r => r.VmId!.Value).Distinct().ToList();
        var vms = await db.VirtualMachines.AsNoTracking().Where(v => vmIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var offeringIds = records.Where(r => r.OfferingId != null).Select(r => r.OfferingId!.Value).Distinct().ToList();
        var serviceOfferings = await db.ServiceOfferings.AsNoTracking().Where(o => offeringIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Uuid, o.Name), ct);
        var diskOfferings = await db.DiskOfferings.AsNoTracking().Where(o => offeringIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Uuid, o.Name), ct);
        var templateIds = records.Where(r => r.TemplateId != null).Select(r => r.TemplateId!.Value).Distinct().ToList();
        var templates = await db.VmTemplates.AsNoTracking().Where(t => templateIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => (t.Uuid, t.Name), ct);
        var usageUuids = new Dictionary<(int, long), Guid>();
        foreach (var group in records.GroupBy(r => r.UsageType))
        {
            foreach (var (id, uuid) in await UsageResourceIds.UuidsAsync(db, group.Key, group.Select(r => r.UsageId).Distinct().ToList(), ct))
            {
                usageUuids[(group.Key, id)] = uuid;
            }
        }
        var tags = new Dictionary<int, ILookup<long, ApiObject>>();
        foreach (var group in includeTags ? records.GroupBy(r => r.UsageType) : [])
        {
            if (TagType(group.Key) is { } tagType)
            {
                tags[group.Key] = await Tags.TaggableResources.OfAsync(db, tagType, group.Select(r => r.UsageId).Distinct().ToList(), ct);
            }
        }
        return records.Select(r =>
        {
            var account = accounts.GetValueOrDefault(r.AccountId);
            var domain = domains.GetValueOrDefault(r.DomainId);
            var isVm = r.UsageType is UsageTypes.RunningVm or UsageTypes.AllocatedVm;
            var vm = r.VmId is { } vmId ? vms.GetValueOrDefault(vmId) : null;
            (Guid Uuid, string Name)? offering = r.OfferingId is not { } o ? null
                : isVm ? serviceOfferings.TryGetValue(o, out var so) ? so : null
                : diskOfferings.TryGetValue(o, out var dof) ? dof : null;
            (Guid Uuid, string Name)? template = r.TemplateId is { } t && templates.TryGetValue(t, out var tv) ? tv : null;
            Guid? usageUuid = r.ResourceUuid ?? (usageUuids.TryGetValue((r.UsageType, r.UsageId), out var u) ? u : null);
            var result = new ApiObject
            {
                { "account", account?.Name },
                { "accountid", account?.Uuid },
                { "domainid", domain?.Uuid },
                { "domain", domain?.Name },
                { "domainpath", domain is null ? null : IdentityResponses.DisplayPath(domain) },
                { "zoneid", zones.TryGetValue(r.ZoneId, out var zone) ? zone : null },
                { "description", oldFormat ? r.Description : Describe(r, vm?.Name, vm?.InstanceName, usageUuid, offering, template) },
                { "usage", r.UsageDisplay },
                { "usagetype", r.UsageType },
                { "rawusage", r.RawUsage.ToString("0.######", CultureInfo.InvariantCulture) },
            };
            if (isVm)
            {
                result.Add("virtualmachineid", vm?.Uuid);
                result.Add("name", vm?.Name ?? r.Name);
            }
            if (offering is not null)
            {
                result.Add("offeringid", offering.Value.Uuid);
            }
            if (template is not null)
            {
                result.Add("templateid", template.Value.Uuid);
            }
            result.Add("usageid", usageUuid);
            if (r.ResourceType is not null)
            {
                result.Add("type", r.ResourceType);
            }
            if (r.Size is not null)
            {
                result.Add("size", r.Size);
            }
            if (r.VirtualSize is not null)
            {
                result.Add("virtualsize", r.VirtualSize);
            }
            result.Add("startdate", r.StartDate);
            result.Add("enddate", r.EndDate);
            if (r.IsSourceNat is { } sourceNat)
            {
                result.Add("issourcenat", sourceNat);
                result.Add("issystem", false);
            }
            if (includeTags)
            {
                result.Add("tags", tags.TryGetValue(r.UsageType, out var byResource) ? byResource[r.UsageId].ToList() : new List<ApiObject>());
            }
            return result;
        }).ToList();
    }

    /// <summary>The resource type tags name the record's resource by (public addresses cannot be tagged yet).</summary>
    private static string? TagType(int usageType) => usageType switch
    {
        UsageTypes.RunningVm or UsageTypes.AllocatedVm => "UserVm",
        UsageTypes.Volume => "Volume",
        UsageTypes.Snapshot => "Snapshot",
        UsageTypes.VmSnapshot => "VMSnapshot",
        UsageTypes.Template => "Template",
        UsageTypes.Iso => "ISO",
        _ => null,
    };

    private static string Describe(UsageRecord r, string? vmName, string? instanceName, Guid? usageUuid, (Guid Uuid, string Name)? offering, (Guid Uuid, string Name)? template)
    {
        var text = r.UsageType switch
        {
            UsageTypes.RunningVm => $"Running VM usage for {vmName} ({instanceName}) ({usageUuid})",
            UsageTypes.AllocatedVm => $"Allocated VM usage for {vmName} ({instanceName}) ({usageUuid})",
            UsageTypes.IpAddress => $"IP address usage for {r.Name} ({usageUuid})",
            UsageTypes.Volume => $"Volume usage for {r.Name} ({usageUuid})",
            UsageTypes.Template => $"Template usage for {r.Name} ({usageUuid})",
            UsageTypes.Iso => $"ISO usage for {r.Name} ({usageUuid})",
            UsageTypes.Snapshot => $"Snapshot usage for {r.Name} ({usageUuid})",
            UsageTypes.VmSnapshot => $"VMSnapshot usage for {r.Name} ({usageUuid})",
            UsageTypes.LoadBalancer => $"Load balancing rule usage for {r.Name} ({usageUuid})",
            UsageTypes.PortForwarding => $"Port forwarding rule usage ({usageUuid})",
            UsageTypes.VpnUsers => $"VPN user usage for {r.Name} ({usageUuid})",
            _ => r.Description,
        };
        if (offering is { } o)
        {
            text += r.UsageType is UsageTypes.RunningVm or UsageTypes.AllocatedVm
                ? $" using service offering {o.Name} ({o.Uuid})"
                : $" with disk offering {o.Name} ({o.Uuid})";
        }
        if (template is { } t)
        {
            text += $" and template {t.Name} ({t.Uuid})";
        }
        if (r.Size is { } size && r.UsageType is not (UsageTypes.RunningVm or UsageTypes.AllocatedVm))
        {
            text += $" and size {size}";
        }
        return text;
    }
}
