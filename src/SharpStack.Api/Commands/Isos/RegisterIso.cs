using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Commands.Templates;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Isos;

/// <summary>
/// Registers an ISO from an http(s) URL into one zone, or every zone with zoneid=-1. It is a
/// template record of format ISO, downloaded by the TemplateDownloader exactly as templates are.
/// </summary>
[ApiCommand("registerIso")]
public sealed class RegisterIso(SettingsService settings, Orchestration.Limits.ResourceLimiter limiter) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        await Templates.TemplateRegistration.EnsurePublicAllowedAsync(ctx, settings, ctx.Params.Flag("ispublic"));
        var p = ctx.Params;
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "ISO name");
        if (p.Flag("directdownload"))
        {
            throw CloudException.InvalidParameter("directdownload is not supported: ISOs are kept on the zone's image store");
        }
        if (p.String("arch") is { } arch && !string.Equals(arch, "x86_64", StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter($"arch {arch} is not supported: use x86_64");
        }
        var checksum = p.String("checksum");
        TemplateUrls.ParseChecksum(checksum);
        var url = p.String("url")!.Trim();
        await TemplateUrls.ValidateAsync(url, await settings.GetAsync(SettingNames.SecStorageAllowedInternalSites, ctx.Cancellation), ctx.Cancellation);
        if (p.Flag("isfeatured") && !ctx.Caller.IsRootAdmin)
        {
            throw CloudException.PermissionDenied("Only a root admin may register a featured ISO");
        }
        var bootable = p.Bool("bootable") ?? true;
        var os = p.Entity<Core.Compute.GuestOs>("ostypeid");
        if (os is null)
        {
            if (bootable)
            {
                throw CloudException.InvalidParameter("Please pass a valid GuestOS Id: ostypeid is required for a bootable ISO");
            }
            os = await ctx.Db.GuestOs.AsNoTracking().FirstOrDefaultAsync(o => o.DisplayName == "Other (64-bit)" && o.Removed == null, ctx.Cancellation)
                 ?? throw CloudException.InvalidParameter("ostypeid is required: the default guest OS type Other (64-bit) does not exist");
        }
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation);

        // zoneid is required; -1 (kept as a string by the binder) means every zone with an image store.
        var zone = p.Entity<Zone>("zoneid");
        var stores = await TemplateRegistration.StoresAsync(ctx, zone is null ? [] : [zone], "ISO");
        if (p.String("imagestoreuuid") is { } storeUuid)
        {
            var store = Guid.TryParse(storeUuid, out var uuid)
                ? await ctx.Db.ImageStores.AsNoTracking().FirstOrDefaultAsync(s => s.Uuid == uuid && s.Removed == null && !s.ReadOnly, ctx.Cancellation)
                : null;
            if (store is null || zone is null || store.ZoneId != zone.Id)
            {
                throw CloudException.InvalidParameter($"imagestoreuuid {storeUuid} is not a writable image store of the zone given by zoneid");
            }
            stores = [store];
        }

        var iso = new VmTemplate
        {
            Name = name,
            DisplayText = p.String("displaytext") ?? name,
            Format = VmTemplate.IsoFormat,
            Hypervisor = "None",
            OsTypeId = os.Id,
            Url = url,
            Checksum = checksum,
            IsPublic = p.Flag("ispublic"),
            IsFeatured = p.Flag("isfeatured"),
            IsExtractable = p.Flag("isextractable"),
            PasswordEnabled = p.Flag("passwordenabled"),
            DynamicallyScalable = p.Flag("isdynamicallyscalable"),
            Bootable = bootable,
            RequiresHvm = true,
            AccountId = owner.Id,
            DomainId = owner.DomainId,
            Created = ctx.Now,
        };
        var answers = await TemplateRegistration.AddAsync(ctx, limiter, iso, stores);
        ctx.Event(EventTypes.IsoCreate, $"Successfully registered ISO {name}", "Iso", iso.Uuid, name);
        return ApiResult.List(answers, answers.Count);
    }
}
