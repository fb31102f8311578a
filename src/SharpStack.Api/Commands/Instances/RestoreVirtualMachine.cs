using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Images;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Api.Commands.Instances;

/// <summary>
/// Gives an instance a fresh root disk from its template (or another one): the old root disk is
/// removed, a running instance is stopped and started again on the new disk.
/// </summary>
[ApiCommand("restoreVirtualMachine")]
public sealed class RestoreVirtualMachine(VmOrchestrator orchestrator, ResourceLimiter limiter, UsageEvents usage) : IOrchestratedCommand
{
    public string EventType => EventTypes.VmRestore;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("virtualmachineid");
        await TemplateAsync(ctx, vm);
        if (ctx.Params.Has("diskofferingid"))
        {
            throw CloudException.InvalidParameter("diskofferingid is not supported yet when restoring");
        }
        return VmJobs.Target(vm);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx, "virtualmachineid");
        var (template, size) = await TemplateAsync(ctx, vm);
        var wasRunning = vm.State == VmState.Running;
        if (wasRunning)
        {
            await orchestrator.StopAsync(ctx.Db, vm, ctx.Actor, forced: false, ctx.Cancellation);
        }
        var owner = await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == vm.AccountId, ctx.Cancellation);
        await using (var tx = await UnitOfWork.BeginAsync(ctx.Db, ctx.Cancellation))
        {
            var oldRoot = await ctx.Db.Volumes.FirstAsync(v => v.VmId == vm.Id && v.Type == VolumeType.ROOT && v.Removed == null, ctx.Cancellation);
            await limiter.IncrementAsync(ctx.Db, owner, [(ResourceType.primary_storage, Math.Max(0, size - oldRoot.SizeBytes))], ctx.Cancellation);
            await limiter.DecrementAsync(ctx.Db, owner, [(ResourceType.primary_storage, Math.Max(0, oldRoot.SizeBytes - size))], ctx.Cancellation);
            await VolumeLifecycle.ReleaseStorageAsync(ctx.Db, oldRoot, ctx.Cancellation);
            oldRoot.State = VolumeState.Expunged;
            oldRoot.Removed = ctx.Now;
            oldRoot.VmId = null;
            usage.Volume(ctx.Db, UsageEvents.VolumeDelete, oldRoot);
            var newRoot = new Volume
            {
                Name = oldRoot.Name,
                AccountId = vm.AccountId,
                DomainId = vm.DomainId,
                ZoneId = vm.ZoneId,
                VmId = vm.Id,
                DeviceId = 0,
                Type = VolumeType.ROOT,
                SizeBytes = size,
                TemplateId = template.Id,
                ProvisioningType = oldRoot.ProvisioningType,
                Created = ctx.Now,
                Attached = ctx.Now,
            };
            ctx.Db.Volumes.Add(newRoot);
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
            usage.Volume(ctx.Db, UsageEvents.VolumeCreate, newRoot);
            vm.TemplateId = template.Id;
            vm.GuestOsId = template.OsTypeId;
            ctx.Event(EventTypes.VmRestore, $"Restored instance {vm.DisplayName} from template {template.Name}", "VirtualMachine", vm.Uuid, vm.DisplayName);
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
            await tx.CommitAsync(ctx.Cancellation);
        }
        if (wasRunning)
        {
            await orchestrator.StartAsync(ctx.Db, vm, ctx.Actor, null, deploying: false, ctx.Cancellation);
        }
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }

    private static async Task<(VmTemplate Template, long Size)> TemplateAsync(CommandContext ctx, VirtualMachine vm)
    {
        if (vm.State is not (VmState.Running or VmState.Stopped))
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: only a running or stopped instance can be restored");
        }
        var template = ctx.Params.Entity<VmTemplate>("templateid") ?? await ctx.Db.VmTemplates.AsNoTracking().FirstAsync(t => t.Id == vm.TemplateId, ctx.Cancellation);
        if (!string.Equals(template.Hypervisor, vm.Hypervisor, StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter($"Template {template.Name} is for {template.Hypervisor}, the instance runs on {vm.Hypervisor}");
        }
        var owner = await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == vm.AccountId, ctx.Cancellation);
        var zone = await ctx.Db.Zones.AsNoTracking().FirstAsync(z => z.Id == vm.ZoneId, ctx.Cancellation);
        var copy = await InstanceTemplates.EnsureExecutableAsync(ctx.Db, ctx.Caller, owner, template, zone, ctx.Cancellation);
        var current = await ctx.Db.Volumes.AsNoTracking().Where(v => v.VmId == vm.Id && v.Type == VolumeType.ROOT && v.Removed == null)
            .Select(v => v.SizeBytes).FirstOrDefaultAsync(ctx.Cancellation);
        var size = ctx.Params.Long("rootdisksize") is { } gb ? InstanceSizing.RootDiskBytes(copy.Size, gb, null) : Math.Max(copy.Size, current);
        return (template, size);
    }
}
