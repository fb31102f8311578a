using SharpStack.Api.Access;
using SharpStack.Api.Identity;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Api.Commands.Templates;

/// <summary>What registerTemplate and registerIso share: the image stores the copies go to, and the records.</summary>
internal static class TemplateRegistration
{
    /// <summary>
    /// The first writable image store of each named zone, or of every zone that has one when none
    /// is named (upstream's zoneid=-1).
    /// </summary>
    public static async Task<List<ImageStore>> StoresAsync(CommandContext ctx, IReadOnlyList<Zone> zones, string kind)
    {
        var storesQuery = ctx.Db.ImageStores.AsNoTracking().Where(s => s.Removed == null && !s.ReadOnly && s.ZoneId != null);
        if (zones.Count == 0)
        {
            var stores = (await storesQuery.OrderBy(s => s.Id).ToListAsync(ctx.Cancellation)).GroupBy(s => s.ZoneId).Select(g => g.First()).ToList();
            return stores.Count > 0 ? stores : throw CloudException.InvalidParameter($"No zone has a writable image store to register the {kind} in");
        }
        var found = new List<ImageStore>();
        foreach (var z in zones.DistinctBy(z => z.Id))
        {
            found.Add(await FirstStoreAsync(ctx, z)
                      ?? throw CloudException.InvalidParameter($"Zone {z.Name} has no writable image store"));
        }
        return found;
    }

    /// <summary>The zone's first writable image store, where new copies go.</summary>
    public static Task<ImageStore?> FirstStoreAsync(CommandContext ctx, Zone zone) =>
        ctx.Db.ImageStores.AsNoTracking().Where(s => s.Removed == null && !s.ReadOnly && s.ZoneId == zone.Id).OrderBy(s => s.Id).FirstOrDefaultAsync(ctx.Cancellation);

    /// <summary>Saves the template and one copy per store (downloaded later by the TemplateDownloader); answers one object per copy.</summary>
    public static async Task<List<ApiObject>> AddAsync(CommandContext ctx, Orchestration.Limits.ResourceLimiter limiter, VmTemplate template, IReadOnlyList<ImageStore> stores)
    {
        var owner = await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == template.AccountId, ctx.Cancellation);
        await limiter.IncrementAsync(ctx.Db, owner, [(Core.Identity.ResourceType.template, 1)], ctx.Cancellation);
        ctx.Db.VmTemplates.Add(template);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        var refs = stores.Select(s => new TemplateStoreRef { TemplateId = template.Id, ZoneId = s.ZoneId!.Value, ImageStoreId = s.Id, Updated = ctx.Now }).ToList();
        ctx.Db.TemplateStoreRefs.AddRange(refs);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return await TemplateResponses.ToResponsesAsync(ctx.Db, ctx.Caller, refs.Select(r => (template, r)).ToList(), ctx.Cancellation);
    }

    private static readonly string[] Formats = ["QCOW2", "RAW", "VHD", "VHDX", "OVA"];

    /// <summary>A disk image format as stored (upper case), refused (431) unless it is one SharpStack takes.</summary>
    public static string DiskFormat(string given)
    {
        var format = given.ToUpperInvariant();
        return Formats.Contains(format) ? format
            : throw CloudException.InvalidParameter($"Format {given} is not supported: use one of {string.Join(", ", Formats)}");
    }

    /// <summary>allow.public.user.templates=false keeps users (not admins) from making templates public.</summary>
    public static async Task EnsurePublicAllowedAsync(CommandContext ctx, Orchestration.Settings.SettingsService settings, bool makingPublic)
    {
        if (makingPublic && ctx.Caller.IsNormalUser && !await settings.GetBoolAsync(Orchestration.Settings.SettingNames.AllowPublicUserTemplates, ctx.Cancellation))
        {
            throw CloudException.PermissionDenied("Public templates are not allowed for users (allow.public.user.templates is false)");
        }
    }

    /// <summary>A new template from registerTemplate's (and getUploadParamsForTemplate's) parameters, checked; not saved yet.</summary>
    public static async Task<VmTemplate> NewTemplateAsync(CommandContext ctx, string url)
    {
        var p = ctx.Params;
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Template name");
        var format = DiskFormat(p.String("format")!);
        var hypervisor = p.String("hypervisor")!;
        if (!Enum.TryParse<HypervisorType>(hypervisor, ignoreCase: true, out var hv))
        {
            throw CloudException.InvalidParameter($"Hypervisor {hypervisor} is not supported: use Simulator or KVM");
        }
        var checksum = p.String("checksum");
        TemplateUrls.ParseChecksum(checksum);
        if (p.Flag("isfeatured") && !ctx.Caller.IsRootAdmin)
        {
            throw CloudException.PermissionDenied("Only a root admin may register a featured template");
        }
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation);
        var os = p.Entity<Core.Compute.GuestOs>("ostypeid")
                 ?? await ctx.Db.GuestOs.AsNoTracking().FirstOrDefaultAsync(o => o.DisplayName == "Other (64-bit)" && o.Removed == null, ctx.Cancellation)
                 ?? throw CloudException.InvalidParameter("ostypeid is required: the default guest OS type Other (64-bit) does not exist");

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
        return template;
    }
}
