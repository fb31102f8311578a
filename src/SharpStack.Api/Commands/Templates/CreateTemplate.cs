using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Api.Access;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Templates;

/// <summary>
/// Makes a template from a stopped instance's root disk or from a snapshot of one: a host that
/// reaches the disk copies it into the zone's image store. Until the copy is done the template has
/// no copy to list; a failed copy removes it again.
/// </summary>
[ApiCommand("createTemplate")]
public sealed class CreateTemplate(IHostCommandSender hosts, Orchestration.Limits.ResourceLimiter limiter, Orchestration.Settings.SettingsService settings,
    UsageEvents usage) : IOrchestratedCommand
{
    public string EventType => EventTypes.TemplateCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        foreach (var unsupported in new[] { "url", "templatetag", "details" })
        {
            if (p.Has(unsupported))
            {
                throw CloudException.InvalidParameter($"Parameter {unsupported} is not supported yet");
            }
        }
        if (p.Flag("isfeatured") && !ctx.Caller.IsRootAdmin)
        {
            throw CloudException.PermissionDenied("Only a root admin may create a featured template");
        }
        await TemplateRegistration.EnsurePublicAllowedAsync(ctx, settings, p.Flag("ispublic"));
        var (volume, snapshot, hypervisor) = await SourceAsync(ctx);
        var owner = p.String("account") is null && !p.Has("projectid") ? await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == volume.AccountId, ctx.Cancellation)
                                                 : await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation);
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Template name");
        var os = p.RequiredEntity<Core.Compute.GuestOs>("ostypeid");
        var template = new VmTemplate
        {
            Name = name,
            DisplayText = p.String("displaytext") ?? name,
            Format = "QCOW2",
            Hypervisor = hypervisor.ToString(),
            OsTypeId = os.Id,
            Url = "",
            IsPublic = p.Flag("ispublic"),
            IsFeatured = p.Flag("isfeatured"),
            PasswordEnabled = p.Flag("passwordenabled"),
            SshKeyEnabled = p.Flag("sshkeyenabled"),
            DynamicallyScalable = p.Flag("isdynamicallyscalable"),
            RequiresHvm = p.Bool("requireshvm") ?? true,
            Bits = p.Int("bits") ?? 64,
            AccountId = owner.Id,
            DomainId = owner.DomainId,
            Created = ctx.Now,
        };
        // The copy it makes in the image store counts as secondary storage from the start, as upstream checks it before creating.
        await limiter.IncrementAsync(ctx.Db, owner, [(Core.Identity.ResourceType.template, 1), (Core.Identity.ResourceType.secondary_storage, CopySize(volume, snapshot))], ctx.Cancellation);
        ctx.Db.VmTemplates.Add(template);
        ctx.Event(EventTypes.TemplateCreate, $"Creating template {name} from volume {volume.Name}", "VirtualMachineTemplate", template.Uuid, name);
        return new JobTarget("Template", template.Uuid, $"Volume:{volume.Uuid}", template.Uuid);
    }

    private static long CopySize(Volume volume, Snapshot? snapshot) => snapshot?.VirtualSizeBytes ?? volume.SizeBytes;

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var uuid = ctx.Job?.InstanceUuid ?? throw CloudException.Internal("createTemplate runs only as a job");
        var template = await ctx.Db.VmTemplates.FirstAsync(t => t.Uuid == uuid, ctx.Cancellation);
        var (volume, snapshot, _) = await SourceAsync(ctx);
        var store = await ctx.Db.ImageStores.AsNoTracking().Where(s => s.ZoneId == volume.ZoneId && s.Removed == null && !s.ReadOnly).OrderBy(s => s.Id).FirstAsync(ctx.Cancellation);
        var pool = await ctx.Db.StoragePools.AsNoTracking().FirstAsync(x => x.Id == volume.PoolId, ctx.Cancellation);
        var host = await PoolAccess.FirstUpHostAsync(ctx.Db, pool, ctx.Cancellation);
        var installPath = $"template/tmpl/{template.AccountId}/{template.Id}/{template.Uuid}.qcow2";
        var answer = host is null
            ? HostAnswer.Failure($"no Up host reaches storage pool {pool.Name}")
            : await hosts.SendAsync(host, AgentProtocol.Commands.CreateTemplateFromVolume,
                new CreateTemplateRequest(template.Uuid.ToString(), PoolAccess.Disk(volume, pool),
                    snapshot?.Uuid.ToString(), snapshot?.InstallPath, store.Url, installPath), ctx.Cancellation);
        if (!answer.Ok)
        {
            var owner = await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == template.AccountId, ctx.Cancellation);
            await using var tx = await Orchestration.Jobs.UnitOfWork.BeginAsync(ctx.Db, ctx.Cancellation);
            await limiter.DecrementAsync(ctx.Db, owner, [(Core.Identity.ResourceType.template, 1), (Core.Identity.ResourceType.secondary_storage, CopySize(volume, snapshot))], ctx.Cancellation);
            template.Removed = ctx.Now;
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
            await tx.CommitAsync(ctx.Cancellation);
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
            throw CloudException.Internal($"Unable to create template {template.Name}: {answer.Error}");
        }
        var copyOnDisk = store.Url.StartsWith("file://", StringComparison.OrdinalIgnoreCase) ? Path.Combine(new Uri(store.Url).LocalPath, installPath) : null;
        var copy = new TemplateStoreRef
        {
            TemplateId = template.Id,
            ZoneId = volume.ZoneId,
            ImageStoreId = store.Id,
            State = TemplateDownloadState.Downloaded,
            Percent = 100,
            Size = CopySize(volume, snapshot),
            // A simulated host writes nothing: only a file the host really wrote can be extracted later.
            InstallPath = copyOnDisk is not null && File.Exists(copyOnDisk) ? copyOnDisk : null,
            Updated = ctx.Now,
        };
        ctx.Db.TemplateStoreRefs.Add(copy);
        await usage.TemplateCopyAsync(ctx.Db, template.Id, copy.ZoneId, copy.Size, ready: true, ctx.Cancellation);
        ctx.Event(EventTypes.TemplateCreate, $"Created template {template.Name} from volume {volume.Name}", "VirtualMachineTemplate", template.Uuid, template.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await TemplateResponses.ToResponsesAsync(ctx.Db, ctx.Caller, [(template, copy)], ctx.Cancellation))[0]);
    }

    /// <summary>The root disk to copy (named directly, or through a snapshot of it), and its hypervisor.</summary>
    private static async Task<(Volume Volume, Snapshot? Snapshot, HypervisorType Hypervisor)> SourceAsync(CommandContext ctx)
    {
        var snapshot = ctx.Params.Entity<Snapshot>("snapshotid");
        var named = ctx.Params.Entity<Volume>("volumeid");
        if ((snapshot is null) == (named is null))
        {
            throw CloudException.InvalidParameter("Give exactly one of volumeid and snapshotid");
        }
        if (snapshot is not null && snapshot.State is not (SnapshotState.BackedUp or SnapshotState.CreatedOnPrimary))
        {
            throw CloudException.InvalidParameter($"Snapshot {snapshot.Name} is {snapshot.State}: only a completed snapshot can become a template");
        }
        var volume = named ?? await ctx.Db.Volumes.AsNoTracking().FirstAsync(v => v.Id == snapshot!.VolumeId, ctx.Cancellation);
        if (volume.Type != VolumeType.ROOT)
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is a data disk: templates are made from root disks");
        }
        if (volume.PoolId is null || volume.State is not (VolumeState.Ready or VolumeState.Destroy))
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is {volume.State}: it has no disk to copy");
        }
        var vm = volume.VmId is { } vmId ? await ctx.Db.VirtualMachines.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vmId, ctx.Cancellation) : null;
        if (snapshot is null && vm is not null && vm.State is not (VmState.Stopped or VmState.Destroyed))
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: stop it to make a template of its root disk (or use a snapshot)");
        }
        if (!await ctx.Db.ImageStores.AnyAsync(s => s.ZoneId == volume.ZoneId && s.Removed == null && !s.ReadOnly, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter("The volume's zone has no writable image store for the template");
        }
        var hypervisor = vm is not null
            ? Enum.Parse<HypervisorType>(vm.Hypervisor)
            : await ctx.Db.StoragePools.Where(x => x.Id == volume.PoolId).Select(x => x.Hypervisor).FirstOrDefaultAsync(ctx.Cancellation) ?? HypervisorType.Simulator;
        return (volume, snapshot, hypervisor);
    }
}
