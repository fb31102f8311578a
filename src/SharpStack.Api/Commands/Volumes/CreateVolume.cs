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
public sealed class CreateVolume(ResourceLimiter limiter, VolumeOrchestrator volumes, Orchestration.Snapshots.SnapshotOrchestrator snapshots, UsageEvents usage) : IOrchestratedCommand
{
    public string EventType => EventTypes.VolumeCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation);
        if (p.Entity<Snapshot>("snapshotid") is { } snapshot)
        {
            return await FromSnapshotAsync(ctx, owner, snapshot);
        }
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
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        usage.Volume(ctx.Db, UsageEvents.VolumeCreate, volume);
        ctx.Event(EventTypes.VolumeCreate, $"Created volume {volume.Name}", "Volume", volume.Uuid, volume.Name);
        var target = await VolumeJobs.TargetAsync(ctx, volume, vm?.Id);
        return target with { CreatedId = volume.Uuid };
    }

    private async Task<JobTarget> FromSnapshotAsync(CommandContext ctx, Account owner, Snapshot snapshot)
    {
        if (snapshot.State is not (SnapshotState.BackedUp or SnapshotState.CreatedOnPrimary))
        {
            throw CloudException.InvalidParameter($"Snapshot {snapshot.Name} is {snapshot.State}: only a completed snapshot can become a volume");
        }
        if (snapshot.AccountId != owner.Id)
        {
            throw CloudException.InvalidParameter($"Snapshot {snapshot.Name} belongs to another account than the new volume's");
        }
        if (ctx.Params.Entity<Zone>("zoneid") is { } zone && zone.Id != snapshot.ZoneId)
        {
            throw CloudException.InvalidParameter($"Snapshot {snapshot.Name} is in another zone");
        }
        var origin = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(ctx.Db.Volumes, v => v.Id == snapshot.VolumeId, ctx.Cancellation);
        var offering = ctx.Params.Entity<DiskOffering>("diskofferingid");
        await limiter.IncrementAsync(ctx.Db, owner, [(ResourceType.volume, 1), (ResourceType.primary_storage, snapshot.VirtualSizeBytes)], ctx.Cancellation);
        var uuid = Guid.NewGuid();
        var volume = new Volume
        {
            Uuid = uuid,
            Name = ctx.Params.String("name") ?? $"{origin.Name}-{snapshot.Name}",
            AccountId = owner.Id,
            DomainId = owner.DomainId,
            ZoneId = snapshot.ZoneId,
            Type = VolumeType.DATADISK,
            SizeBytes = snapshot.VirtualSizeBytes,
            DiskOfferingId = offering?.Id ?? origin.DiskOfferingId,
            ProvisioningType = origin.ProvisioningType,
            Created = ctx.Now,
        };
        ctx.Db.Volumes.Add(volume);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        usage.Volume(ctx.Db, UsageEvents.VolumeCreate, volume);
        ctx.Event(EventTypes.VolumeCreate, $"Creating volume {volume.Name} from snapshot {snapshot.Name}", "Volume", volume.Uuid, volume.Name);
        var target = await VolumeJobs.TargetAsync(ctx, volume, ctx.Params.Entity<VirtualMachine>("virtualmachineid")?.Id);
        return target with { CreatedId = volume.Uuid };
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var uuid = ctx.Job?.InstanceUuid ?? throw CloudException.Internal("createVolume runs only as a job");
        var volume = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(ctx.Db.Volumes, v => v.Uuid == uuid, ctx.Cancellation);
        if (ctx.Params.Entity<Snapshot>("snapshotid") is { } snapshot && volume.PoolId is null)
        {
            await snapshots.CreateVolumeFromAsync(ctx.Db, snapshot, volume, ctx.Actor, ctx.Cancellation);
        }
        if (ctx.Params.Entity<VirtualMachine>("virtualmachineid") is { } found)
        {
            var vm = await VmJobs.LoadAsync(ctx, "virtualmachineid");
            await volumes.AttachAsync(ctx.Db, volume, vm, null, ctx.Actor, ctx.Cancellation);
        }
        return await VolumeJobs.AnswerAsync(ctx, volume);
    }
}
