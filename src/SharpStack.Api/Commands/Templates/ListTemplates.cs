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

/// <summary>Lists template copies (one row per zone) under upstream's templatefilter semantics.</summary>
[ApiCommand("listTemplates")]
public sealed class ListTemplates(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var caller = ctx.Caller;
        if (p.Has("projectid"))
        {
            throw CloudException.InvalidParameter("Projects are not supported yet");
        }
        var filter = p.String("templatefilter")!.ToLowerInvariant();

        // The accounts whose templates count as "self" for this caller.
        var selfAccounts = ctx.Db.VisibleAccounts(caller);
        var explicitScope = p.Flag("listall") || p.Flag("isrecursive") || p.Entity<Domain>("domainid") is not null || p.String("account") is not null;
        if (!explicitScope || caller.IsNormalUser)
        {
            selfAccounts = selfAccounts.Where(a => a.Id == caller.Account.Id);
        }
        else
        {
            var scope = Visibility.ResolveListScope(caller, p.Entity<Domain>("domainid"), p.Flag("isrecursive"), p.Flag("listall"));
            selfAccounts = scope.Recursive ? selfAccounts.Where(a => a.Domain!.Path.StartsWith(scope.DomainPath)) : selfAccounts.Where(a => a.Domain!.Path == scope.DomainPath);
        }
        if (p.String("account") is { } accountName)
        {
            selfAccounts = selfAccounts.Where(a => a.Name == accountName);
        }
        var selfIds = selfAccounts.Select(a => a.Id);
        var reachable = ctx.Db.VisibleAccounts(caller).Select(a => a.Id);

        var rows = from t in ctx.Db.VmTemplates.AsNoTracking()
                   join r in ctx.Db.TemplateStoreRefs.AsNoTracking() on t.Id equals r.TemplateId
                   where t.Removed == null
                   select new { t, r };
        const TemplateDownloadState ready = TemplateDownloadState.Downloaded;
        rows = filter switch
        {
            "featured" => rows.Where(x => x.t.IsPublic && x.t.IsFeatured),
            "self" => rows.Where(x => selfIds.Contains(x.t.AccountId)),
            "selfexecutable" => rows.Where(x => selfIds.Contains(x.t.AccountId) && x.r.State == ready),
            // Templates shared through launch permissions: none until template permissions exist.
            "sharedexecutable" => rows.Where(x => false),
            "executable" => rows.Where(x => x.r.State == ready && (x.t.IsPublic || x.t.IsFeatured || selfIds.Contains(x.t.AccountId))),
            "community" => rows.Where(x => x.t.IsPublic && !x.t.IsFeatured),
            "all" when caller.IsRootAdmin => rows,
            "all" => rows.Where(x => x.t.IsPublic || reachable.Contains(x.t.AccountId)),
            _ => throw CloudException.InvalidParameter($"templatefilter {filter} is invalid: use featured, self, selfexecutable, sharedexecutable, executable, community or all"),
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
        if (p.String("hypervisor") is { } hypervisor)
        {
            rows = rows.Where(x => x.t.Hypervisor.ToLower() == hypervisor.ToLower());
        }
        if (p.Bool("isready") is { } isReady)
        {
            rows = rows.Where(x => (x.r.State == ready) == isReady);
        }
        if (p.String("keyword") is { } keyword)
        {
            rows = rows.Where(x => x.t.Name.Contains(keyword) || x.t.DisplayText.Contains(keyword));
        }
        var all = await rows.OrderBy(x => x.t.Id).ThenBy(x => x.r.ZoneId).ToListAsync(ctx.Cancellation);
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var page = paging.Apply(all).Select(x => (x.t, x.r)).ToList();
        return ApiResult.List(await TemplateResponses.ToResponsesAsync(ctx.Db, page, ctx.Cancellation), all.Count);
    }
}
