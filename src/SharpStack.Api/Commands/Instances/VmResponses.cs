using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Storage;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Instances;

/// <summary>Upstream's UserVmResponse, built for a page of instances with one query per related table.</summary>
internal static class VmResponses
{
    public static async Task<ApiObject> ToResponseAsync(CloudDbContext db, Caller caller, VirtualMachine vm, CancellationToken ct, string? password = null)
    {
        var one = (await ToResponsesAsync(db, caller, [vm], ct))[0];
        one.Add("password", password);
        return one;
    }

    /// <param name="details">The groups of fields to fill (listVirtualMachines' details); the lists of the groups left out stay empty, as upstream's do.</param>
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, Caller caller, IReadOnlyList<VirtualMachine> vms, CancellationToken ct, VmDetails details = VmDetails.All)
    {
        bool Wants(VmDetails group) => (details & group) != 0;
        var none = Array.Empty<VirtualMachine>();
        var vmIds = vms.Select(v => v.Id).ToList();
        var accountIds = vms.Select(v => v.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var userIds = vms.Select(v => v.UserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var zoneIds = vms.Select(v => v.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var hostIds = vms.Where(v => v.HostId != null).Select(v => v.HostId!.Value).Distinct().ToList();
        var hosts = await db.Hosts.AsNoTracking().Where(h => hostIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, ct);
        var offeringIds = vms.Select(v => v.ServiceOfferingId).Distinct().ToList();
        var offerings = await db.ServiceOfferings.AsNoTracking().Where(o => offeringIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var templateIds = (Wants(VmDetails.Tmpl) ? vms.Select(v => v.TemplateId) : [])
            .Concat(Wants(VmDetails.Iso) ? vms.Where(v => v.IsoId != null).Select(v => v.IsoId!.Value) : []).Distinct().ToList();
        var templates = await db.VmTemplates.AsNoTracking().Where(t => templateIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var osIds = vms.Select(v => v.GuestOsId).Distinct().ToList();
        var oses = await db.GuestOs.AsNoTracking().Where(o => osIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var nicVmIds = Wants(VmDetails.Nics) ? vmIds : [];
        var nics = (await db.Nics.AsNoTracking().Where(n => nicVmIds.Contains(n.VmId)).OrderBy(n => n.DeviceId).ToListAsync(ct)).ToLookup(n => n.VmId);
        var networkIds = nics.SelectMany(g => g).Select(n => n.NetworkId).Distinct().ToList();
        var secondaryIps = await Networks.NicResponses.SecondaryIpsAsync(db, nics.SelectMany(g => g).Select(n => n.Id).ToList(), ct);
        var networks = await db.Networks.AsNoTracking().Where(n => networkIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, ct);
        var volumeVmIds = Wants(VmDetails.Volume) ? vmIds : [];
        var roots = await db.Volumes.AsNoTracking().Where(v => v.VmId != null && volumeVmIds.Contains(v.VmId.Value) && v.Type == VolumeType.ROOT && v.Removed == null)
            .ToDictionaryAsync(v => v.VmId!.Value, ct);
        var diskVmIds = Wants(VmDetails.Diskoff) ? vmIds : [];
        var dataDisks = (await db.Volumes.AsNoTracking().Where(v => v.VmId != null && diskVmIds.Contains(v.VmId.Value) && v.Type == VolumeType.DATADISK && v.Removed == null)
            .Select(v => new { VmId = v.VmId!.Value, v.DiskOfferingId }).ToListAsync(ct)).ToLookup(v => v.VmId);
        var diskOfferingIds = dataDisks.SelectMany(g => g).Where(d => d.DiskOfferingId != null).Select(d => d.DiskOfferingId!.Value).Distinct().ToList();
        var diskOfferings = await db.DiskOfferings.AsNoTracking().Where(d => diskOfferingIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var affinityVmIds = Wants(VmDetails.Affgrp) ? vmIds : [];
        var memberships = await db.AffinityGroupMembers.AsNoTracking().Where(m => affinityVmIds.Contains(m.VmId))
            .Join(db.AffinityGroups.AsNoTracking(), m => m.GroupId, g => g.Id, (m, g) => new { m.VmId, Group = g }).ToListAsync(ct);
        var groupObjects = (await Affinity.AffinityResponses.GroupsAsync(db, memberships.Select(m => m.Group).DistinctBy(g => g.Id).ToList(), ct, withMembers: false))
            .ToDictionary(o => (string)o["id"]!);
        var tags = await Tags.TaggableResources.OfAsync(db, "UserVm", vmIds, ct);
        var groupIds = (Wants(VmDetails.Group) ? vms : none).Where(v => v.InstanceGroupId != null).Select(v => v.InstanceGroupId!.Value).Distinct().ToList();
        var instanceGroups = await db.InstanceGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);
        var groupsByVm = memberships.ToLookup(m => m.VmId, m => groupObjects[m.Group.Uuid.ToString()]);
        var securityGroupsByVm = await SecurityGroupsAsync(db, Wants(VmDetails.Secgrp) ? vmIds : [], ct);

        return vms.Select(vm =>
        {
            var account = accounts.GetValueOrDefault(vm.AccountId);
            var zone = zones.GetValueOrDefault(vm.ZoneId);
            var host = vm.HostId is { } h ? hosts.GetValueOrDefault(h) : null;
            var offering = offerings.GetValueOrDefault(vm.ServiceOfferingId);
            var template = templates.GetValueOrDefault(vm.TemplateId);
            var os = oses.GetValueOrDefault(vm.GuestOsId);
            var dataOffering = dataDisks[vm.Id].Select(d => d.DiskOfferingId is { } id ? diskOfferings.GetValueOrDefault(id) : null).FirstOrDefault(d => d is not null);
            var o = new ApiObject
            {
                { "id", vm.Uuid },
                { "name", vm.Name },
                { "displayname", vm.DisplayName },
                { "account", account?.Name },
                { "userid", users.GetValueOrDefault(vm.UserId)?.Uuid },
                { "username", users.GetValueOrDefault(vm.UserId)?.Username },
                { "domainid", account?.Domain?.Uuid },
                { "domain", account?.Domain?.Name },
                { "domainpath", account?.Domain?.Path },
                { "created", vm.Created },
                { "state", vm.State.ToString() },
                { "haenable", vm.HaEnabled },
            };
            if (Wants(VmDetails.Group))
            {
                o.Add("groupid", vm.InstanceGroupId is { } gid ? instanceGroups.GetValueOrDefault(gid)?.Uuid : null);
                o.Add("group", vm.InstanceGroupId is { } gname ? instanceGroups.GetValueOrDefault(gname)?.Name : null);
            }
            o.Add("zoneid", zone?.Uuid);
            o.Add("zonename", zone?.Name);
            if (caller.IsRootAdmin)
            {
                o.Add("hostid", host?.Uuid);
                o.Add("hostname", host?.Name);
                o.Add("instancename", vm.InstanceName);
            }
            if (Wants(VmDetails.Tmpl))
            {
                o.Add("templateid", template?.Uuid);
                o.Add("templatename", template?.Name);
                o.Add("templatedisplaytext", template?.DisplayText);
                o.Add("templatetype", template?.TemplateType);
                o.Add("templateformat", template?.Format);
                o.Add("passwordenabled", template?.PasswordEnabled ?? false);
            }
            if (Wants(VmDetails.Iso) && vm.IsoId is { } isoId && templates.GetValueOrDefault(isoId) is { } iso)
            {
                o.Add("isoid", iso.Uuid);
                o.Add("isoname", iso.Name);
                o.Add("isodisplaytext", iso.DisplayText);
            }
            if (Wants(VmDetails.Servoff))
            {
                o.Add("serviceofferingid", offering?.Uuid);
                o.Add("serviceofferingname", offering?.Name);
            }
            if (Wants(VmDetails.Diskoff))
            {
                o.Add("diskofferingid", dataOffering?.Uuid);
                o.Add("diskofferingname", dataOffering?.Name);
            }
            if (Wants(VmDetails.Servoff | VmDetails.Stats))
            {
                o.Add("cpunumber", vm.CpuNumber);
                o.Add("cpuspeed", vm.CpuSpeed);
                o.Add("memory", vm.Memory);
            }
            o.Add("guestosid", os?.Uuid);
            o.Add("ostypeid", os?.Uuid);
            o.Add("osdisplayname", os?.DisplayName);
            if (Wants(VmDetails.Volume))
            {
                o.Add("rootdeviceid", roots.TryGetValue(vm.Id, out var root) ? root.DeviceId ?? 0 : 0);
                o.Add("rootdevicetype", "ROOT");
            }
            o.Add("hypervisor", vm.Hypervisor);
            o.Add("keypairs", vm.KeyPairs);
            o.Add("isdynamicallyscalable", offering?.DynamicScalingEnabled ?? false);
            o.Add("displayvm", vm.DisplayVm);
            o.Add("arch", "x86_64");
            o.Add("nic", nics[vm.Id].Select(n => Networks.NicResponses.ToResponse(caller, n, networks.GetValueOrDefault(n.NetworkId), vm.Uuid, secondaryIps[n.Id])).ToList());
            o.Add("securitygroup", securityGroupsByVm[vm.Id].ToList());
            o.Add("affinitygroup", groupsByVm[vm.Id].ToList());
            o.Add("tags", tags[vm.Id].ToList());
            if (vm.Details is { } settings)
            {
                o.Add("details", JsonSerializer.Deserialize<Dictionary<string, string>>(settings));
            }
            return o;
        }).ToList();
    }

    private static async Task<ILookup<long, ApiObject>> SecurityGroupsAsync(CloudDbContext db, IReadOnlyCollection<long> vmIds, CancellationToken ct)
    {
        var memberships = await db.SecurityGroupMembers.AsNoTracking().Where(m => vmIds.Contains(m.VmId))
            .Join(db.SecurityGroups.AsNoTracking(), m => m.GroupId, g => g.Id, (m, g) => new { m.VmId, Group = g }).ToListAsync(ct);
        var groups = memberships.Select(m => m.Group).DistinctBy(g => g.Id).OrderBy(g => g.Id).ToList();
        var responses = (await SecurityGroups.SecurityGroupResponses.GroupsAsync(db, groups, ct)).Zip(groups).ToDictionary(x => x.Second.Id, x => x.First);
        return memberships.OrderBy(m => m.Group.Id).ToLookup(m => m.VmId, m => responses[m.Group.Id]);
    }
}
