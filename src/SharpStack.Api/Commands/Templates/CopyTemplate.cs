using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Images;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Templates;

/// <summary>
/// Copies a template's ready copy from sourcezoneid (or any zone where it is ready) to destzoneid
/// or destzoneids: a new copy in each destination zone's image store. Its owner or an admin above
/// it only; answers the template in the (first) destination zone.
/// </summary>
[ApiCommand("copyTemplate")]
public sealed class CopyTemplate(TemplateCopier copier) : IOrchestratedCommand
{
    public string EventType => EventTypes.TemplateCopy;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) => PrepareAsync(ctx, iso: false);

    public Task<ApiResult> ExecuteAsync(CommandContext ctx) => CopyAsync(ctx, copier, iso: false);

    internal static async Task<JobTarget> PrepareAsync(CommandContext ctx, bool iso)
    {
        var template = ctx.Params.RequiredEntity<VmTemplate>("id");
        await PlanAsync(ctx, template, iso);
        // The same sync key as deleteTemplate and deleteIso, so a copy never races a delete.
        return JobTarget.For("Template", template.Uuid);
    }

    internal static async Task<ApiResult> CopyAsync(CommandContext ctx, TemplateCopier copier, bool iso)
    {
        var id = ctx.Params.RequiredEntity<VmTemplate>("id").Id;
        var template = await ctx.Db.VmTemplates.AsNoTracking().FirstAsync(t => t.Id == id, ctx.Cancellation);
        var plan = await PlanAsync(ctx, template, iso);
        var copies = new List<TemplateStoreRef>();
        var failures = new List<string>();
        var kind = TemplateAccess.Kind(template);
        foreach (var (zone, store, failedCopyId) in plan.Targets)
        {
            if (failedCopyId is { } failedId && await ctx.Db.TemplateStoreRefs.FirstOrDefaultAsync(r => r.Id == failedId, ctx.Cancellation) is { } failed)
            {
                // A copy whose download failed is replaced, as upstream replaces it.
                ctx.Db.TemplateStoreRefs.Remove(failed);
                await ctx.Db.SaveChangesAsync(ctx.Cancellation);
                DeleteTemplate.DeleteFiles(failed);
            }
            try
            {
                copies.Add(await copier.CopyAsync(ctx.Db, template, plan.Source, plan.SourceStore, store, ctx.Cancellation));
                ctx.Event(iso ? EventTypes.IsoCopy : EventTypes.TemplateCopy, $"Copied {kind.ToLowerInvariant()} {template.Name} from zone {plan.SourceZone.Name} to zone {zone.Name}",
                    iso ? "Iso" : "VirtualMachineTemplate", template.Uuid, template.Name);
                await ctx.Db.SaveChangesAsync(ctx.Cancellation);
            }
            catch (CloudException e) when (e.Code == ApiErrorCode.InternalError)
            {
                failures.Add($"{zone.Name}: {e.Message}");
            }
        }
        if (copies.Count == 0)
        {
            throw CloudException.Internal($"Failed to copy {kind} {template.Name}: {string.Join("; ", failures)}");
        }
        var answers = await TemplateResponses.ToResponsesAsync(ctx.Db, ctx.Caller, [(template, copies[0])], ctx.Cancellation);
        return ApiResult.Of(answers[0]);
    }

    private sealed record Plan(TemplateStoreRef Source, ImageStore SourceStore, Zone SourceZone, IReadOnlyList<(Zone Zone, ImageStore Store, long? FailedCopyId)> Targets);

    /// <summary>Everything upstream checks before copying; nothing is written.</summary>
    private static async Task<Plan> PlanAsync(CommandContext ctx, VmTemplate template, bool iso)
    {
        var p = ctx.Params;
        TemplateAccess.EnsureKind(template, iso);
        var kind = TemplateAccess.Kind(template);
        await TemplateAccess.EnsureCanManageAsync(ctx, template);
        var single = p.Entity<Zone>("destzoneid");
        var many = p.EntityList<Zone>("destzoneids");
        if (single is not null && many.Count > 0)
        {
            throw CloudException.InvalidParameter("Both destzoneid and destzoneids cannot be specified at the same time");
        }
        var destinations = single is not null ? [single] : many.DistinctBy(z => z.Id).ToList();
        if (destinations.Count == 0)
        {
            throw CloudException.InvalidParameter("Either destzoneid or destzoneids parameters have to be specified");
        }
        var sourceZone = p.Entity<Zone>("sourcezoneid");
        if (sourceZone is not null && destinations.Any(z => z.Id == sourceZone.Id))
        {
            throw CloudException.InvalidParameter("Please specify different source and destination zones.");
        }
        var ready = ctx.Db.TemplateStoreRefs.AsNoTracking().Where(r => r.TemplateId == template.Id && r.State == TemplateDownloadState.Downloaded);
        if (sourceZone is not null)
        {
            ready = ready.Where(r => r.ZoneId == sourceZone.Id);
        }
        var source = await ready.OrderBy(r => r.Id).FirstOrDefaultAsync(ctx.Cancellation)
                     ?? throw CloudException.InvalidParameter(sourceZone is null
                         ? $"There is no {kind} {template.Name} ready on image store."
                         : $"There is no {kind} {template.Name} ready on image store in zone {sourceZone.Name}.");
        var sourceStore = await ctx.Db.ImageStores.AsNoTracking().FirstAsync(s => s.Id == source.ImageStoreId, ctx.Cancellation);
        sourceZone ??= await ctx.Db.Zones.AsNoTracking().FirstAsync(z => z.Id == source.ZoneId, ctx.Cancellation);
        if (destinations.Any(z => z.Id == sourceZone.Id))
        {
            throw CloudException.InvalidParameter("Please specify different source and destination zones.");
        }
        var targets = new List<(Zone, ImageStore, long?)>();
        foreach (var zone in destinations)
        {
            var existing = await ctx.Db.TemplateStoreRefs.AsNoTracking().FirstOrDefaultAsync(r => r.TemplateId == template.Id && r.ZoneId == zone.Id, ctx.Cancellation);
            if (existing is not null && existing.State != TemplateDownloadState.DownloadError)
            {
                throw CloudException.InvalidParameter($"{kind} {template.Name} already exists in zone {zone.Name}: there is nothing to copy");
            }
            var store = await TemplateRegistration.FirstStoreAsync(ctx, zone)
                        ?? throw CloudException.InvalidParameter($"Destination zone {zone.Name} is not ready, no image store associated");
            targets.Add((zone, store, existing?.Id));
        }
        return new Plan(source, sourceStore, sourceZone, targets);
    }
}
