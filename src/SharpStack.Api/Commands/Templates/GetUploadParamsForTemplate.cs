using System.Text;
using System.Text.Json;
using SharpStack.Api.Images;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Api.Commands.Templates;

/// <summary>
/// Announces a template whose bytes the client will POST (a browser upload): the template and its
/// copy in the zone's image store wait in "Not Uploaded" until the signed postURL receives them.
/// The link expires after an hour, as upstream's does.
/// </summary>
[ApiCommand("getUploadParamsForTemplate")]
public sealed class GetUploadParamsForTemplate(ResourceLimiter limiter, DownloadLinks links, Orchestration.Settings.SettingsService settings) : IApiCommand
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        foreach (var unsupported in new[] { "templatetag", "details", "deployasis", "forcks" })
        {
            if (p.Has(unsupported))
            {
                throw CloudException.InvalidParameter($"Parameter {unsupported} is not supported yet");
            }
        }
        if (p.Flag("isrouting") || (p.String("templatetype") is { } type && !type.Equals("USER", StringComparison.OrdinalIgnoreCase)))
        {
            throw CloudException.InvalidParameter("Only USER templates can be uploaded");
        }
        await TemplateRegistration.EnsurePublicAllowedAsync(ctx, settings, p.Flag("ispublic"));
        var zone = p.RequiredEntity<Zone>("zoneid");
        var store = await TemplateRegistration.FirstStoreAsync(ctx, zone) ?? throw CloudException.InvalidParameter($"Zone {zone.Name} has no writable image store");
        var template = await TemplateRegistration.NewTemplateAsync(ctx, "");
        await TemplateRegistration.AddAsync(ctx, limiter, template, [store]);
        var copy = ctx.Db.TemplateStoreRefs.Local.Single(r => r.TemplateId == template.Id);
        copy.State = TemplateDownloadState.UploadPending;
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        var expires = ctx.Now.Add(LinkLifetime);
        var url = links.CreateUpload(copy.Id, expires);
        ctx.Event(EventTypes.TemplateCreate, $"Waiting for the upload of template {template.Name}", "VirtualMachineTemplate", template.Uuid, template.Name);
        var metadata = Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = template.Uuid, zoneid = zone.Uuid, format = template.Format, checksum = template.Checksum })));
        return ApiResult.Of(new ApiObject
        {
            { "id", template.Uuid },
            { "postURL", url },
            { "metadata", metadata },
            { "expires", ApiDates.Format(expires) },
            { "signature", DownloadLinks.SignatureOf(url) },
        });
    }
}
