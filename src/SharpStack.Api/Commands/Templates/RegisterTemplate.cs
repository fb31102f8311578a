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
    private static readonly string[] Formats = ["QCOW2", "RAW", "VHD", "VHDX", "OVA"];

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Template name");
        var format = p.String("format")!.ToUpperInvariant();
        if (!Formats.Contains(format))
        {
            throw CloudException.InvalidParameter($"Format {p.String("format")} is not supported: use one of {string.Join(", ", Formats)}");
        }
        var hypervisor = p.String("hypervisor")!;
        if (!Enum.TryParse<HypervisorType>(hypervisor, ignoreCase: true, out var hv))
        {
            throw CloudException.InvalidParameter($"Hypervisor {hypervisor} is not supported: use Simulator or KVM");
        }
        var checksum = p.String("checksum");
        TemplateUrls.ParseChecksum(checksum);
        var url = p.String("url")!.Trim();
        await TemplateUrls.ValidateAsync(url, await settings.GetAsync(SettingNames.SecStorageAllowedInternalSites, ctx.Cancellation), ctx.Cancellation);
        if (p.Flag("isfeatured") && !ctx.Caller.IsRootAdmin)
        {
            throw CloudException.PermissionDenied("Only a root admin may register a featured template");
        }
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation);
        var os = p.Entity<Core.Compute.GuestOs>("ostypeid")
                 ?? await ctx.Db.GuestOs.AsNoTracking().FirstOrDefaultAsync(o => o.DisplayName == "Other (64-bit)" && o.Removed == null, ctx.Cancellation)
                 ?? throw CloudException.InvalidParameter("ostypeid is required: the default guest OS type Other (64-bit) does not exist");

        var zones = p.EntityList<Zone>("zoneids").ToList();
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            zones.Add(zone);
        }
        var stores = await TemplateRegistration.StoresAsync(ctx, zones, "template");

        var template = new VmTemplate
        {
            Name = name,
            DisplayText = p.String("displaytext") ?? name,
            Format = format,
            Hypervisor = hv.ToString(),
            OsTypeId = os.Id,
            Url = url,
            Checksum = checksum,
            IsPublic = p.Flag("ispublic"),
            IsFeatured = p.Flag("isfeatured"),
            IsExtractable = p.Flag("isextractable"),
            PasswordEnabled = p.Flag("passwordenabled"),
            SshKeyEnabled = p.Flag("sshkeyenabled"),
            DynamicallyScalable = p.Flag("isdynamicallyscalable"),
            RequiresHvm = p.Bool("requireshvm") ?? true,
            Bits = p.Int("bits") ?? 64,
            AccountId = owner.Id,
            DomainId = owner.DomainId,
            Created = ctx.Now,
        };
        var answers = await TemplateRegistration.AddAsync(ctx, limiter, template, stores);
        ctx.Event(EventTypes.TemplateCreate, $"Successfully registered template {name}", "VirtualMachineTemplate", template.Uuid, name);
        return ApiResult.List(answers, answers.Count);
    }
}
