using SharpStack.Api.Access;
using SharpStack.Api.Commands.Instances;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Offerings;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Api.Commands.Volumes;

/// <summary>
/// Creates a data disk from a disk offering: Allocated, counted against the owner's limits, and
/// placed on primary storage when first attached (at once when virtualmachineid is given).
/// </summary>
[ApiCommand("createVolume")]
public sealed class CreateVolume(ResourceLimiter limiter, VolumeOrchestrator volumes) : IOrchestratedCommand
{
    public string EventType => EventTypes.VolumeCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        if (p.Has("snapshotid"))
        {
            throw CloudException.InvalidParameter("Creating a volume from a snapshot is not supported yet");
        }
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation);
        var vm = p.Entity<VirtualMachine>("virtualmachineid");
        var zone = p.Entity<Zone>("zoneid") ?? (vm is null ? throw CloudException.InvalidParameter("zoneid is required (or virtualmachineid, whose zone is used)") : null);
        var zoneId = zone?.Id ?? vm!.ZoneId;
        if (zone is not null && vm is not null && vm.ZoneId != zone.Id)
        {
            throw CloudException.InvalidParameter("The instance is in another zone than zoneid");
        }
        var offering = p.Entity<DiskOffering>("diskofferingid") ?? throw CloudException.InvalidParameter("diskofferingid is required");
        if (offering.State != OfferingState.Active || (zone is not null && !Offerings.OfferingScope.InZone(offering.ZoneIds, zone)))
        {
            throw CloudException.InvalidParameter($"Disk offering {offering.Name} cannot be used in this zone");
        }
        var size = InstanceSizing.DataDiskBytes(offering, p.Long("size"));
        await limiter.IncrementAsync(ctx.Db, owner, [(ResourceType.volume, 1), (ResourceType.primary_storage, size)], ctx.Cancellation);
        var uuid = Guid.NewGuid();
        var volume = new Volume
        {
            Uuid = uuid,
            Name = p.String("name") ?? $"DATA-{uuid:N}"[..13],
            AccountId = owner.Id,
            DomainId = owner.DomainId,
            ZoneId = zoneId,
            Type = VolumeType.DATADISK,
            SizeBytes = size,
            DiskOfferingId = offering.Id,
            ProvisioningType = offering.ProvisioningType,
            Created = ctx.Now,
        };
        ctx.Db.Volumes.Add(volume);
        ctx.Event(EventTypes.VolumeCreate, $"Created volume {volume.Name}", "Volume", volume.Uuid, volume.Name);
        var target = await VolumeJobs.TargetAsync(ctx, volume, vm?.Id);
        return target with { CreatedId = volume.Uuid };
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var uuid = ctx.Job?.InstanceUuid ?? throw CloudException.Internal("createVolume runs only as a job");
        var volume = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(ctx.Db.Volumes, v => v.Uuid == uuid, ctx.Cancellation);
        if (ctx.Params.Entity<VirtualMachine>("virtualmachineid") is { } found)
        {
            var vm = await VmJobs.LoadAsync(ctx, "virtualmachineid");
            await volumes.AttachAsync(ctx.Db, volume, vm, null, ctx.Actor, ctx.Cancellation);
        }
        return await VolumeJobs.AnswerAsync(ctx, volume);
    }
}
