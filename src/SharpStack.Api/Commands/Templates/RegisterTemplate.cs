using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Templates;

/// <summary>
/// Registers a template from an http(s) URL: one copy (store ref) per zone, downloaded later by the
/// TemplateDownloader; answers the template once per zone as upstream does.
/// </summary>
[ApiCommand("registerTemplate")]
public sealed class RegisterTemplate(SettingsService settings, Orchestration.Limits.ResourceLimiter limiter) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        await TemplateRegistration.EnsurePublicAllowedAsync(ctx, settings, p.Flag("ispublic"));
        var url = p.String("url")!.Trim();
        await TemplateUrls.ValidateAsync(url, await settings.GetAsync(SettingNames.SecStorageAllowedInternalSites, ctx.Cancellation), ctx.Cancellation);
        var zones = p.EntityList<Zone>("zoneids").ToList();
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            zones.Add(zone);
        }
        var stores = await TemplateRegistration.StoresAsync(ctx, zones, "template");
        var template = await TemplateRegistration.NewTemplateAsync(ctx, url);
        var answers = await TemplateRegistration.AddAsync(ctx, limiter, template, stores);
        ctx.Event(EventTypes.TemplateCreate, $"Successfully registered template {template.Name}", "VirtualMachineTemplate", template.Uuid, template.Name);
        return ApiResult.List(answers, answers.Count);
    }
}
