using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Images;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Templates;

/// <summary>
/// extractTemplate and extractIso: an HTTP download link for a copy on a real (file) image store,
/// signed and valid for extract.url.expiration.interval seconds. Simulated copies have no bytes to give.
/// </summary>
internal static class TemplateExtraction
{
    public static async Task<JobTarget> PrepareAsync(CommandContext ctx, SettingsService settings, bool iso)
    {
        var (template, _) = await CheckAsync(ctx, settings, iso);
        return JobTarget.For(TemplateAccess.Kind(template) == "ISO" ? "Iso" : "Template", template.Uuid);
    }

    public static async Task<ApiResult> ExecuteAsync(CommandContext ctx, SettingsService settings, DownloadLinks links, bool iso, string eventType)
    {
        var (template, copy) = await CheckAsync(ctx, settings, iso);
        var expires = await ExpiresAsync(ctx, settings);
        var zone = await ctx.Db.Zones.AsNoTracking().FirstAsync(z => z.Id == copy.ZoneId, ctx.Cancellation);
        var owner = await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == template.AccountId, ctx.Cancellation);
        ctx.Event(eventType, $"Extracted {TemplateAccess.Kind(template)} {template.Name} from zone {zone.Name}", TemplateAccess.Kind(template), template.Uuid, template.Name);
        return ApiResult.Of(ExtractResponses.Of(template.Uuid, template.Name, owner.Uuid, zone, links.Create(copy.Id, expires), ctx.Now));
    }

    /// <summary>When a new download link stops working: extract.url.expiration.interval seconds (at least a minute) from now.</summary>
    public static async Task<DateTime> ExpiresAsync(CommandContext ctx, SettingsService settings) =>
        ctx.Now.AddSeconds(Math.Max(60, await settings.GetLongAsync(SettingNames.ExtractUrlExpiration, ctx.Cancellation)));

    private static async Task<(VmTemplate Template, TemplateStoreRef Copy)> CheckAsync(CommandContext ctx, SettingsService settings, bool iso)
    {
        var template = ctx.Params.RequiredEntity<VmTemplate>("id");
        TemplateAccess.EnsureKind(template, iso);
        ExtractResponses.EnsureHttpDownload(ctx.Params.String("mode")!);
        if (await settings.GetBoolAsync(SettingNames.DisableExtraction, ctx.Cancellation))
        {
            throw CloudException.PermissionDenied("Extraction has been disabled by admin (disable.extraction)");
        }
        await TemplateAccess.EnsureCanManageAsync(ctx, template);
        if (!template.IsExtractable && !ctx.Caller.IsRootAdmin)
        {
            throw CloudException.PermissionDenied($"{TemplateAccess.Kind(template)} {template.Name} is not extractable");
        }
        var copies = ctx.Db.TemplateStoreRefs.AsNoTracking().Where(r => r.TemplateId == template.Id && r.State == TemplateDownloadState.Downloaded);
        if (ctx.Params.Entity<Zone>("zoneid") is { } zone)
        {
            copies = copies.Where(r => r.ZoneId == zone.Id);
        }
        var copy = await copies.OrderBy(r => r.Id).FirstOrDefaultAsync(ctx.Cancellation)
                   ?? throw CloudException.InvalidParameter($"{TemplateAccess.Kind(template)} {template.Name} has no ready copy{(ctx.Params.Has("zoneid") ? " in that zone" : "")} to extract");
        if (copy.InstallPath is null || !File.Exists(copy.InstallPath))
        {
            throw CloudException.InvalidParameter($"The copy of {template.Name} is on a simulated image store: it has no bytes to download");
        }
        return (template, copy);
    }
}

[ApiCommand("extractTemplate")]
public sealed class ExtractTemplate(SettingsService settings, DownloadLinks links) : IAsyncApiCommand
{
    public string EventType => Orchestration.Events.EventTypes.TemplateExtract;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) => TemplateExtraction.PrepareAsync(ctx, settings, iso: false);

    public Task<ApiResult> ExecuteAsync(CommandContext ctx) => TemplateExtraction.ExecuteAsync(ctx, settings, links, iso: false, EventType);
}

[ApiCommand("extractIso")]
public sealed class ExtractIso(SettingsService settings, DownloadLinks links) : IAsyncApiCommand
{
    public string EventType => Orchestration.Events.EventTypes.IsoExtract;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) => TemplateExtraction.PrepareAsync(ctx, settings, iso: true);

    public Task<ApiResult> ExecuteAsync(CommandContext ctx) => TemplateExtraction.ExecuteAsync(ctx, settings, links, iso: true, EventType);
}
