using SharpStack.Orchestration.Security;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Auth;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Core.Offerings;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Limits;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Instances;

/// <summary>
/// Deploys an instance. Before the job is queued (in the same transaction as the job) it checks
/// everything it can, counts the instance against its owner's limits, and creates the instance
/// (Stopped), its disks (Allocated) and its nics with addresses; the job then plans and starts it.
/// </summary>
[ApiCommand("deployVirtualMachine")]
public sealed class DeployVirtualMachine(VmOrchestrator orchestrator, ResourceLimiter limiter, SecretProtector secrets, UsageEvents usage) : IOrchestratedCommand
{
    public string EventType => EventTypes.VmCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var zone = p.RequiredEntity<Zone>("zoneid");
        if (zone.AllocationState == AllocationState.Disabled && !ctx.Caller.IsRootAdmin)
        {
            throw CloudException.PermissionDenied($"Cannot perform this operation, Zone {zone.Name} is currently disabled");
        }
        foreach (var unsupported in new[] { "snapshotid", "volumeid", "userdataid" })
        {
            if (p.Has(unsupported))
            {
                throw CloudException.InvalidParameter($"Parameter {unsupported} is not supported yet");
            }
        }
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation);
        if (owner.State != AccountState.Enabled)
        {
            throw CloudException.PermissionDenied($"Account {owner.Name} is {owner.State.ToString().ToLowerInvariant()}: it cannot deploy instances");
        }
        var offering = p.RequiredEntity<ServiceOffering>("serviceofferingid");
        if (offering.IsSystem || offering.State != OfferingState.Active || !Offerings.OfferingScope.InZone(offering.ZoneIds, zone))
        {
            throw CloudException.InvalidParameter($"Service offering {offering.Name} cannot be used to deploy an instance in zone {zone.Name}");
        }
        if (offering.StorageType == "local" && !zone.LocalStorageEnabled)
        {
            throw CloudException.InvalidParameter($"Service offering {offering.Name} needs local storage, which zone {zone.Name} does not enable");
        }
        var (cpuNumber, cpuSpeed, memory) = InstanceSizing.Resolve(offering, p.KeyValueMap("details"));
        var template = p.Entity<VmTemplate>("templateid") ?? throw CloudException.InvalidParameter("templateid is required: deploying from an ISO, volume or snapshot is not supported yet");
        var templateCopy = await InstanceTemplates.EnsureExecutableAsync(ctx.Db, ctx.Caller, owner, template, zone, ctx.Cancellation);
        if (p.String("hypervisor") is { } hypervisor && !string.Equals(hypervisor, template.Hypervisor, StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter($"Hypervisor {hypervisor} does not match template {template.Name}, which is for {template.Hypervisor}");
        }
        var requestedHost = p.Entity<Host>("hostid");
        if (requestedHost is not null && requestedHost.ZoneId != zone.Id)
        {
            throw CloudException.InvalidParameter($"Host {requestedHost.Name} is not in zone {zone.Name}");
        }

        var name = p.String("name");
        if (name is not null)
        {
            InstanceNames.ValidateHostName(name);
        }
        var displayName = p.String("displayname");
        var keyPairs = await InstanceKeys.ResolveAsync(ctx.Db, owner, p, ctx.Cancellation);
        var affinityGroups = await Affinity.AffinityGroupParams.ResolveAsync(ctx.Db, p, owner, ctx.Cancellation);
        var userData = InstanceUserData.Validate(p.String("userdata"));

        var diskOffering = p.Entity<DiskOffering>("diskofferingid");
        long dataSize = 0;
        if (diskOffering is not null)
        {
            if (diskOffering.State != OfferingState.Active || !Offerings.OfferingScope.InZone(diskOffering.ZoneIds, zone))
            {
                throw CloudException.InvalidParameter($"Disk offering {diskOffering.Name} cannot be used in zone {zone.Name}");
            }
            dataSize = InstanceSizing.DataDiskBytes(diskOffering, p.Long("size"));
        }
        else if (p.Has("size"))
        {
            throw CloudException.InvalidParameter("size needs diskofferingid: it is the size of the data disk of a custom disk offering");
        }
        var rootSize = InstanceSizing.RootDiskBytes(templateCopy.Size, p.Long("rootdisksize"), offering.RootDiskSizeGb);

        var networks = p.EntityList<Network>("networkids").ToList();
        if (p.Map("iptonetworklist").Count > 0)
        {
            networks = await InstanceAddresses.NetworksOfAsync(ctx, networks);
        }
        var newNetwork = false;
        if (networks.Count == 0)
        {
            var now = ctx.Now;
            var network = await GuestNetworks.EnsureAccountNetworkAsync(ctx.Db, zone, owner, now, ctx.Cancellation);
            // Made by this call (an existing or another request's network carries an earlier time).
            newNetwork = network.AccountId == owner.Id && network.Created == now;
            networks.Add(network);
        }
        foreach (var network in networks)
        {
            await Networks.NetworkAccess.RequireUsableAsync(ctx.Db, network, owner, zone.Id, zone.Name, ctx.Cancellation);
        }

        var securityGroups = await InstanceSecurityGroups.ForDeployAsync(ctx, networks, owner);

        var uuid = Guid.NewGuid();
        var vm = new VirtualMachine
        {
            Uuid = uuid,
            InstanceName = "pending-" + uuid.ToString("N"),
            Name = name ?? $"VM-{uuid}",
            DisplayName = displayName ?? name ?? $"VM-{uuid}",
            AccountId = owner.Id,
            DomainId = owner.DomainId,
            // A project's account has no users of its own: the member deploying is the instance's user.
            UserId = owner.Id == ctx.Caller.Account.Id || owner.Type == AccountType.Project ? ctx.Caller.User.Id : await FirstUserAsync(ctx, owner),
            ZoneId = zone.Id,
            ServiceOfferingId = offering.Id,
            TemplateId = template.Id,
            GuestOsId = template.OsTypeId,
            Hypervisor = Enum.Parse<HypervisorType>(template.Hypervisor, ignoreCase: true).ToString(),
            CpuNumber = cpuNumber,
            CpuSpeed = cpuSpeed,
            Memory = memory,
            HaEnabled = offering.OfferHa,
            DisplayVm = p.Bool("displayvm") ?? true,
            UserData = userData,
            KeyPairs = keyPairs.Count == 0 ? null : string.Join(",", keyPairs.Select(k => k.Name)),
            InstanceGroupId = string.IsNullOrEmpty(p.String("group")) ? null : (await InstanceGroups.InstanceGroupStore.EnsureAsync(ctx.Db, owner, p.String("group")!, ctx.Now, ctx.Cancellation)).Id,
            Details = InstanceSizing.DetailsJson(p.KeyValueMap("details")),
            Created = ctx.Now,
        };
        if (template.PasswordEnabled)
        {
            vm.Password = secrets.Protect(InstancePasswords.Generate());
        }
        ctx.Db.VirtualMachines.Add(vm);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        vm.InstanceName = VirtualMachine.InstanceNameFor(owner.Id, vm.Id);
        ctx.Db.Volumes.Add(NewDisk(vm, VolumeType.ROOT, rootSize, null, offering.ProvisioningType, template.Id));
        if (diskOffering is not null)
        {
            ctx.Db.Volumes.Add(NewDisk(vm, VolumeType.DATADISK, dataSize, diskOffering.Id, diskOffering.ProvisioningType, null));
        }
        ctx.Db.AffinityGroupMembers.AddRange(affinityGroups.Select(g => new AffinityGroupMember { GroupId = g.Id, VmId = vm.Id }));
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        if (securityGroups is not null)
        {
            await SecurityGroupMembership.SetGroupsAsync(ctx.Db, vm.Id, securityGroups, ctx.Cancellation);
        }
        usage.Vm(ctx.Db, UsageEvents.VmCreate, vm);
        foreach (var disk in ctx.Db.Volumes.Local.Where(v => v.VmId == vm.Id))
        {
            usage.Volume(ctx.Db, UsageEvents.VolumeCreate, disk);
        }
        var requestedIps = InstanceAddresses.Requested(p, networks);
        for (var i = 0; i < networks.Count; i++)
        {
            await GuestNetworks.AllocateNicAsync(ctx.Db, networks[i], vm.Id, i, i == 0, requestedIps.GetValueOrDefault(networks[i].Id), ctx.Now, ctx.Cancellation);
        }
        // Counted last: on PostgreSQL the counters stay locked until the commit, so they are held as briefly as possible.
        var volumeCount = diskOffering is null ? 1 : 2;
        await limiter.IncrementAsync(ctx.Db, owner,
            [(ResourceType.user_vm, 1), (ResourceType.cpu, cpuNumber), (ResourceType.memory, memory),
             (ResourceType.volume, volumeCount), (ResourceType.primary_storage, rootSize + dataSize), (ResourceType.network, newNetwork ? 1 : 0)], ctx.Cancellation);

        ctx.Event(EventTypes.VmCreate, $"Created instance {vm.DisplayName}", "VirtualMachine", vm.Uuid, vm.DisplayName);
        return new JobTarget("VirtualMachine", vm.Uuid, $"VirtualMachine:{vm.Uuid}", vm.Uuid);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var uuid = ctx.Job?.InstanceUuid ?? throw CloudException.Internal("deployVirtualMachine runs only as a job");
        var vm = await ctx.Db.VirtualMachines.FirstAsync(v => v.Uuid == uuid, ctx.Cancellation);
        if (ctx.Params.Bool("startvm") ?? true)
        {
            await orchestrator.StartAsync(ctx.Db, vm, ctx.Actor, ctx.Params.Entity<Host>("hostid")?.Id, deploying: true, ctx.Cancellation);
        }
        var password = vm.Password is null ? null : secrets.Unprotect(vm.Password);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation, password));
    }

    private static Volume NewDisk(VirtualMachine vm, VolumeType type, long size, long? diskOfferingId, string provisioning, long? templateId) => new()
    {
        Name = $"{(type == VolumeType.ROOT ? "ROOT" : "DATA")}-{vm.Id}",
        AccountId = vm.AccountId,
        DomainId = vm.DomainId,
        ZoneId = vm.ZoneId,
        VmId = vm.Id,
        DeviceId = type == VolumeType.ROOT ? 0 : 1,
        Type = type,
        SizeBytes = size,
        DiskOfferingId = diskOfferingId,
        TemplateId = templateId,
        ProvisioningType = provisioning,
        Created = vm.Created,
        Attached = vm.Created,
    };

    private static Task<long> FirstUserAsync(CommandContext ctx, Account owner) =>
        ctx.Db.Users.Where(u => u.AccountId == owner.Id && u.Removed == null).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(ctx.Cancellation);

}
