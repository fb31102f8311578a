using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Instances;
using SharpStack.Api.Commands.Templates;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Images;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Isos;

/// <summary>
/// Attaches an ISO to a running or stopped instance: the ISO must be ready in the instance's zone
/// and usable by the instance's owner; an instance holds one ISO at a time.
/// </summary>
[ApiCommand("attachIso")]
public sealed class AttachIso(IsoOrchestrator isos) : IOrchestratedCommand
{
    public string EventType => EventTypes.IsoAttach;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("virtualmachineid");
        await EnsureAttachableAsync(ctx, vm, ctx.Params.RequiredEntity<VmTemplate>("id"));
        return VmJobs.Target(vm);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx, "virtualmachineid");
        var isoId = ctx.Params.RequiredEntity<VmTemplate>("id").Id;
        var iso = await ctx.Db.VmTemplates.AsNoTracking().FirstAsync(t => t.Id == isoId, ctx.Cancellation);
        await EnsureAttachableAsync(ctx, vm, iso);
        await isos.AttachAsync(ctx.Db, vm, iso, ctx.Actor, ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }

    private static async Task EnsureAttachableAsync(CommandContext ctx, VirtualMachine vm, VmTemplate iso)
    {
        TemplateAccess.EnsureKind(iso, iso: true);
        if (iso.Removed is not null)
        {
            throw CloudException.InvalidParameter($"Unable to find an ISO with id {iso.Uuid}");
        }
        if (vm.State is not (VmState.Running or VmState.Stopped))
        {
            throw CloudException.InvalidParameter("Please specify an instance that is either Stopped or Running.");
        }
        if (vm.IsoId is not null)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} already has an ISO attached: detach it first");
        }
        var copy = await ctx.Db.TemplateStoreRefs.AsNoTracking().FirstOrDefaultAsync(r => r.TemplateId == iso.Id && r.ZoneId == vm.ZoneId, ctx.Cancellation)
                   ?? throw CloudException.InvalidParameter("ISO is not available in the zone the instance is in.");
        if (copy.State != TemplateDownloadState.Downloaded)
        {
            throw CloudException.InvalidParameter($"ISO {iso.Name} is not ready in the zone the instance is in: it has not been completely downloaded");
        }
        var owner = await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == vm.AccountId, ctx.Cancellation);
        if (!await TemplateAccess.UsableByAsync(ctx.Db, iso, owner, ctx.Cancellation))
        {
            throw CloudException.PermissionDenied($"Account {owner.Name}, the owner of instance {vm.DisplayName}, does not have permission to use ISO {iso.Name}");
        }
    }
}
