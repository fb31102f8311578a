using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Images;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Templates;

/// <summary>Changes a template's name, text, OS type, flags, format or sort key; its owner or an admin above it only.</summary>
[ApiCommand("updateTemplate")]
public sealed class UpdateTemplate : IApiCommand
{
    internal static readonly string[] TemplateFormats = ["QCOW2", "RAW", "VHD", "VHDX", "OVA"];
    private static readonly string[] TemplateTypes = ["USER", "VNF", "SYSTEM", "ROUTING", "BUILTIN", "PERHOST", "DATADISK", "ISODISK"];

    public Task<ApiResult> ExecuteAsync(CommandContext ctx) => UpdateAsync(ctx, iso: false);

    internal static async Task<ApiResult> UpdateAsync(CommandContext ctx, bool iso)
    {
        var p = ctx.Params;
        var found = p.RequiredEntity<VmTemplate>("id");
        var template = await ctx.Db.VmTemplates.FirstAsync(t => t.Id == found.Id, ctx.Cancellation);
        TemplateAccess.EnsureKind(template, iso);
        await TemplateAccess.EnsureCanManageAsync(ctx, template);
        var kind = TemplateAccess.Kind(template);

        if (p.Bool("isrouting") is { } routing)
        {
            if (!ctx.Caller.IsRootAdmin)
            {
                throw CloudException.PermissionDenied("Parameter isrouting can only be specified by a Root Admin, permission denied");
            }
            if (routing)
            {
                throw CloudException.InvalidParameter("Routing templates are not supported yet");
            }
        }
        if (p.String("templatetype") is { } type)
        {
            var upper = type.ToUpperInvariant();
            if (!TemplateTypes.Contains(upper))
            {
                throw CloudException.InvalidParameter($"Please specify a valid templatetype: {string.Join(",", TemplateTypes)}");
            }
            if (upper != "USER")
            {
                throw CloudException.InvalidParameter($"Template type {upper} is not supported yet: only USER templates exist");
            }
        }
        foreach (var unsupported in new[] { "templatetag", "details" })
        {
            if (p.Has(unsupported))
            {
                throw CloudException.InvalidParameter($"Parameter {unsupported} is not supported yet");
            }
        }
        if (p.Flag("forcks"))
        {
            throw CloudException.InvalidParameter("CKS templates are not supported yet");
        }
        if (p.String("arch") is { } arch && !string.Equals(arch, "x86_64", StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter($"arch {arch} is not supported: use x86_64");
        }
        string? format = null;
        if (p.String("format") is { } requested)
        {
            format = requested.ToUpperInvariant();
            var allowed = iso ? [VmTemplate.IsoFormat] : TemplateFormats;
            if (!allowed.Contains(format))
            {
                throw CloudException.InvalidParameter($"Image format: {requested} is incorrect. Supported formats for a {kind.ToLowerInvariant()} are {string.Join(", ", allowed)}");
            }
        }
        if (p.String("name") is { } name)
        {
            IdentityService.ValidateName(name, $"{kind} name");
            template.Name = name;
        }
        if (p.String("displaytext") is { } displayText)
        {
            template.DisplayText = displayText;
        }
        if (format is not null)
        {
            template.Format = format;
        }
        if (p.Int("sortkey") is { } sortKey)
        {
            template.SortKey = sortKey;
        }
        if (p.Entity<Core.Compute.GuestOs>("ostypeid") is { } os && os.Id != template.OsTypeId)
        {
            template.OsTypeId = os.Id;
            if (p.Flag("forceupdateostype"))
            {
                // The instances deployed from it take the new guest OS type, as upstream's forceupdateostype does.
                await ctx.Db.VirtualMachines.Where(v => v.TemplateId == template.Id && v.Removed == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(v => v.GuestOsId, os.Id), ctx.Cancellation);
            }
        }
        template.PasswordEnabled = p.Bool("passwordenabled") ?? template.PasswordEnabled;
        template.SshKeyEnabled = p.Bool("sshkeyenabled") ?? template.SshKeyEnabled;
        template.DynamicallyScalable = p.Bool("isdynamicallyscalable") ?? template.DynamicallyScalable;
        // As upstream documents them: bootable is for ISOs only (templates always boot), requireshvm for templates only.
        if (iso)
        {
            template.Bootable = p.Bool("bootable") ?? template.Bootable;
        }
        else
        {
            template.RequiresHvm = p.Bool("requireshvm") ?? template.RequiresHvm;
        }
        ctx.Event(iso ? EventTypes.IsoUpdate : EventTypes.TemplateUpdate, $"Updated {kind.ToLowerInvariant()} {template.Name}",
            iso ? "Iso" : "VirtualMachineTemplate", template.Uuid, template.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(await TemplateResponses.UpdateViewAsync(ctx.Db, template, ctx.Cancellation));
    }
}
