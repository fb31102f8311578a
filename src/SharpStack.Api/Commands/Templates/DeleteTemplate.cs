using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Templates;

/// <summary>Deletes a template's copy in one zone, or every copy; the template is removed once no copy is left.</summary>
[ApiCommand("deleteTemplate")]
public sealed class DeleteTemplate(Orchestration.Limits.ResourceLimiter limiter, UsageEvents usage) : IAsyncApiCommand
{
    public string EventType => EventTypes.TemplateDelete;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) => PrepareAsync(ctx, iso: false);

    public Task<ApiResult> ExecuteAsync(CommandContext ctx) => DeleteAsync(ctx, limiter, usage, iso: false);

    internal static async Task<JobTarget> PrepareAsync(CommandContext ctx, bool iso)
    {
        var template = ctx.Params.RequiredEntity<VmTemplate>("id");
        await EnsureAsync(ctx, template, iso);
        return JobTarget.For("Template", template.Uuid);
    }

    /// <summary>Deletes the copy in zoneid, or every copy; the record goes once no copy is left.</summary>
    internal static async Task<ApiResult> DeleteAsync(CommandContext ctx, Orchestration.Limits.ResourceLimiter limiter, UsageEvents usage, bool iso)
    {
        var found = ctx.Params.RequiredEntity<VmTemplate>("id");
        var template = await ctx.Db.VmTemplates.FirstAsync(t => t.Id == found.Id, ctx.Cancellation);
        await EnsureAsync(ctx, template, iso);
        var refs = ctx.Db.TemplateStoreRefs.Where(r => r.TemplateId == template.Id);
        if (ctx.Params.Entity<Zone>("zoneid") is { } zone)
        {
            refs = refs.Where(r => r.ZoneId == zone.Id);
            if (!await refs.AnyAsync(ctx.Cancellation))
            {
                throw CloudException.InvalidParameter($"{TemplateAccess.Kind(template)} {template.Name} has no copy in zone {zone.Name}");
            }
        }
        var copies = await refs.ToListAsync(ctx.Cancellation);
        ctx.Db.TemplateStoreRefs.RemoveRange(copies);
        foreach (var ready in copies.Where(c => c.State == TemplateDownloadState.Downloaded))
        {
            await usage.TemplateCopyAsync(ctx.Db, template.Id, ready.ZoneId, ready.Size, ready: false, ctx.Cancellation);
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await new Orchestration.Limits.TemplateStorageCount(limiter).ReleaseAsync(ctx.Db, template.Id,
            copies.Where(c => c.State == TemplateDownloadState.Downloaded).Sum(c => c.Size), ctx.Cancellation);
        if (!await ctx.Db.TemplateStoreRefs.AnyAsync(r => r.TemplateId == template.Id, ctx.Cancellation))
        {
            // Conditional, so that an ISO attached meanwhile keeps its record (the job's transaction then rolls back).
            var removed = await ctx.Db.VmTemplates
                .Where(t => t.Id == template.Id && t.Removed == null && !ctx.Db.VirtualMachines.Any(v => v.IsoId == t.Id && v.Removed == null && v.State != VmState.Error && v.State != VmState.Expunging))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Removed, ctx.Now), ctx.Cancellation);
            if (removed != 1)
            {
                throw CloudException.InUse($"Unable to delete ISO {template.Name}, as it's used by other instances");
            }
            ctx.Db.Entry(template).State = EntityState.Detached;
            var owner = await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == template.AccountId, ctx.Cancellation);
            await limiter.DecrementAsync(ctx.Db, owner, [(Core.Identity.ResourceType.template, 1)], ctx.Cancellation);
        }
        var (type, resource) = iso ? (EventTypes.IsoDelete, "Iso") : (EventTypes.TemplateDelete, "VirtualMachineTemplate");
        ctx.Event(type, $"Successfully deleted {TemplateAccess.Kind(template).ToLowerInvariant()} {template.Name}", resource, template.Uuid, template.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        // The files go last: a refusal above rolls the records back and leaves the files in place.
        foreach (var copy in copies)
        {
            DeleteFiles(copy);
        }
        return new ApiResult.Success();
    }

    private static async Task EnsureAsync(CommandContext ctx, VmTemplate template, bool iso)
    {
        TemplateAccess.EnsureKind(template, iso);
        await TemplateAccess.EnsureCanManageAsync(ctx, template);
        // Upstream's "active" instances: all but expunged, expunging and Error ones (destroyed ones still hold their ISO).
        if (iso && await ctx.Db.VirtualMachines.AnyAsync(v => v.IsoId == template.Id && v.Removed == null && v.State != VmState.Error && v.State != VmState.Expunging, ctx.Cancellation))
        {
            throw CloudException.InUse($"Unable to delete ISO {template.Name}, as it's used by other instances");
        }
    }

    /// <summary>Removes the downloaded file (and any partial one) of a copy on a file image store.</summary>
    internal static void DeleteFiles(TemplateStoreRef r)
    {
        if (r.InstallPath is not { } path)
        {
            return;
        }
        foreach (var file in new[] { path, path + ".part" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    internal static Task RemoveForAccountAsync(CloudDbContext db, long accountId, DateTime now, CancellationToken ct) =>
        // The records go with the account; files on the image stores may stay behind for an operator to clean.
        db.VmTemplates.Where(t => t.AccountId == accountId && t.Removed == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.Removed, now), ct);
}
