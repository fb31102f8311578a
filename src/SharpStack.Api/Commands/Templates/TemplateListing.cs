using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Templates;

/// <summary>
/// listTemplates and listIsos: one row per copy (zone), under upstream's filter semantics
/// (featured, self, selfexecutable, sharedexecutable, executable, community, all); templates
/// and ISOs never show in each other's list.
/// </summary>
internal static class TemplateListing
{
    private const TemplateDownloadState Ready = TemplateDownloadState.Downloaded;

    public static async Task<ApiResult> ListAsync(CommandContext ctx, SettingsService settings, bool iso)
    {
        var p = ctx.Params;
        var caller = ctx.Caller;
        var filterName = iso ? "isofilter" : "templatefilter";
        var filter = (p.String(filterName) ?? "selfexecutable").ToLowerInvariant();

        // The accounts whose templates count as "self" for this caller.
        var selfAccounts = ctx.Db.VisibleAccounts(caller);
        var explicitScope = p.Flag("listall") || p.Flag("isrecursive") || p.Entity<Domain>("domainid") is not null || p.String("account") is not null;
        if (ProjectScope.Given(p))
        {
            selfAccounts = ProjectScope.Apply(ctx.Db, selfAccounts, p, byId: false);
        }
        else if (!explicitScope || caller.IsNormalUser)
        {
            selfAccounts = selfAccounts.Where(a => a.Id == caller.Account.Id);
        }
        else
        {
            var scope = Visibility.ResolveListScope(caller, p.Entity<Domain>("domainid"), p.Flag("isrecursive"), p.Flag("listall"));
            selfAccounts = ProjectScope.Apply(ctx.Db, selfAccounts, p, byId: false);
            selfAccounts = scope.Recursive ? selfAccounts.Where(a => a.Domain!.Path.StartsWith(scope.DomainPath)) : selfAccounts.Where(a => a.Domain!.Path == scope.DomainPath);
        }
        if (p.String("account") is { } accountName)
        {
            selfAccounts = selfAccounts.Where(a => a.Name == accountName);
        }
        var selfIds = selfAccounts.Select(a => a.Id);
        var reachable = ctx.Db.VisibleAccounts(caller).Select(a => a.Id);
        // Templates shared (launch permissions) with the "self" accounts, and with any account the caller reaches.
        var sharedWithSelf = ctx.Db.TemplatePermissions.Where(x => selfIds.Contains(x.AccountId)).Select(x => x.TemplateId);
        var sharedWithReachable = ctx.Db.TemplatePermissions.Where(x => reachable.Contains(x.AccountId)).Select(x => x.TemplateId);

        var rows = from t in ctx.Db.VmTemplates.AsNoTracking()
                   join r in ctx.Db.TemplateStoreRefs.AsNoTracking() on t.Id equals r.TemplateId
                   where t.Removed == null && (t.Format == VmTemplate.IsoFormat) == iso
                   select new { t, r };
        rows = filter switch
        {
            "featured" => rows.Where(x => x.t.IsPublic && x.t.IsFeatured),
            "self" => rows.Where(x => selfIds.Contains(x.t.AccountId)),
            "selfexecutable" => rows.Where(x => selfIds.Contains(x.t.AccountId) && x.r.State == Ready),
            "sharedexecutable" => rows.Where(x => sharedWithSelf.Contains(x.t.Id) && !selfIds.Contains(x.t.AccountId) && x.r.State == Ready),
            "executable" => rows.Where(x => x.r.State == Ready &&
                                            (x.t.IsPublic || x.t.IsFeatured || selfIds.Contains(x.t.AccountId) || sharedWithSelf.Contains(x.t.Id))),
            "community" => rows.Where(x => x.t.IsPublic && !x.t.IsFeatured),
            "all" when caller.IsRootAdmin => rows,
            "all" => rows.Where(x => x.t.IsPublic || reachable.Contains(x.t.AccountId) || sharedWithReachable.Contains(x.t.Id)),
            _ => throw CloudException.InvalidParameter($"{filterName} {filter} is invalid: use featured, self, selfexecutable, sharedexecutable, executable, community or all"),
        };
        if (p.Entity<VmTemplate>("id") is { } byId)
        {
            rows = rows.Where(x => x.t.Id == byId.Id);
        }
        var ids = p.EntityList<VmTemplate>("ids").Select(t => t.Id).ToList();
        if (ids.Count > 0)
        {
            rows = rows.Where(x => ids.Contains(x.t.Id));
        }
        if (p.String("name") is { } name)
        {
            rows = rows.Where(x => x.t.Name == name);
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            rows = rows.Where(x => x.r.ZoneId == zone.Id);
        }
        if (p.Entity<ImageStore>("imagestoreid") is { } store)
        {
            rows = rows.Where(x => x.r.ImageStoreId == store.Id);
        }
        // ISOs are for any hypervisor (theirs is None), so the hypervisor filter only narrows templates.
        if (p.String("hypervisor") is { } hypervisor && !iso)
        {
            rows = rows.Where(x => x.t.Hypervisor.ToLower() == hypervisor.ToLower());
        }
        if (p.Bool("isready") is { } isReady)
        {
            rows = rows.Where(x => (x.r.State == Ready) == isReady);
        }
        if (p.Bool("ispublic") is { } isPublic)
        {
            rows = rows.Where(x => x.t.IsPublic == isPublic);
        }
        if (p.Bool("bootable") is { } bootable)
        {
            rows = rows.Where(x => x.t.Bootable == bootable);
        }
        if (p.String("templatetype") is { } templateType)
        {
            rows = rows.Where(x => x.t.TemplateType == templateType.ToUpper());
        }
        if (p.Entity<Core.Compute.GuestOsCategory>("oscategoryid") is { } category)
        {
            var osIds = ctx.Db.GuestOs.Where(o => o.CategoryId == category.Id).Select(o => o.Id);
            rows = rows.Where(x => osIds.Contains(x.t.OsTypeId));
        }
        if (p.String("arch") is { } arch && !string.Equals(arch, "x86_64", StringComparison.OrdinalIgnoreCase))
        {
            rows = rows.Where(x => false); // every template and ISO here is x86_64
        }
        if (p.String("keyword") is { } keyword)
        {
            rows = rows.Where(x => x.t.Name.Contains(keyword) || x.t.DisplayText.Contains(keyword));
        }
        var all = await rows.OrderBy(x => x.t.SortKey).ThenBy(x => x.t.Id).ThenBy(x => x.r.ZoneId).ToListAsync(ctx.Cancellation);
        if (p.Flag("showunique"))
        {
            all = all.DistinctBy(x => x.t.Id).ToList();
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var page = paging.Apply(all).Select(x => (x.t, x.r)).ToList();
        return ApiResult.List(await TemplateResponses.ToResponsesAsync(ctx.Db, caller, page, ctx.Cancellation), all.Count);
    }
}
