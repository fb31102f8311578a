using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Usage;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Usage;

/// <summary>
/// Usage records within [startdate, enddate]: a root admin sees every account's, a domain admin its
/// domain tree's; account/accountid narrow to one account, domainid to a domain (with its subdomains
/// when isrecursive).
/// </summary>
[ApiCommand("listUsageRecords")]
public sealed class ListUsageRecords(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var start = p.Date("startdate")!.Value;
        var end = p.Date("enddate")!.Value;
        // A bare date as enddate means the whole day, as upstream reads it.
        if (p.Raw.TryGetValue("enddate", out var endText) && endText.Trim().Length == 10)
        {
            end = end.AddDays(1).AddSeconds(-1);
        }
        if (start > end)
        {
            throw CloudException.InvalidParameter($"Incorrect date range: startdate {start:yyyy-MM-dd HH:mm:ss} is after enddate {end:yyyy-MM-dd HH:mm:ss}");
        }
        var query = ctx.Db.UsageRecords.AsNoTracking().Where(r => r.StartDate >= start && r.StartDate <= end && r.EndDate >= start && r.EndDate <= end);
        if (p.Entity<Core.Projects.Project>("projectid") is { } project)
        {
            var projectAccount = project.ProjectAccountId;
            query = query.Where(r => r.AccountId == projectAccount);
        }
        else
        {
            query = await ScopeAsync(ctx, query);
        }
        if (p.Long("type") is { } type)
        {
            query = query.Where(r => r.UsageType == type);
        }
        if (p.String("usageid") is { } usageText)
        {
            if (p.Long("type") is not { } usageType)
            {
                throw CloudException.InvalidParameter("usageid can be used only together with type");
            }
            var usageId = await UsageResourceIds.ResolveAsync(ctx.Db, (int)usageType, usageText, ctx.Cancellation);
            query = query.Where(r => r.UsageId == usageId);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(r => r.Description.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(r => r.StartDate).ThenBy(r => r.Id), ctx.Cancellation);
        return ApiResult.List(await UsageRecordResponses.ToResponsesAsync(ctx.Db, page, p.Flag("oldformat"), p.Flag("includetags"), ctx.Cancellation), total);
    }

    private static async Task<IQueryable<UsageRecord>> ScopeAsync(CommandContext ctx, IQueryable<UsageRecord> query)
    {
        var p = ctx.Params;
        var caller = ctx.Caller;
        var domain = p.Entity<Domain>("domainid");
        if (domain is not null && !caller.CanReach(domain))
        {
            throw CloudException.PermissionDenied("The caller does not have access to the requested domain");
        }
        var account = p.Entity<Account>("accountid");
        if (account is null && p.String("account") is { } name)
        {
            var domainId = (domain ?? caller.Domain).Id;
            account = await ctx.Db.VisibleAccounts(caller).AsNoTracking().FirstOrDefaultAsync(a => a.DomainId == domainId && a.Name == name, ctx.Cancellation)
                      ?? throw CloudException.InvalidParameter($"Unable to find account {name} in domain {(domain ?? caller.Domain).Uuid}");
        }
        if (account is not null)
        {
            return query.Where(r => r.AccountId == account.Id);
        }
        if (caller.IsNormalUser)
        {
            return query.Where(r => r.AccountId == caller.Account.Id);
        }
        if (domain is not null)
        {
            if (!p.Flag("isrecursive"))
            {
                return query.Where(r => r.DomainId == domain.Id);
            }
            var tree = ctx.Db.Domains.Where(d => d.Path.StartsWith(domain.Path)).Select(d => d.Id);
            return query.Where(r => tree.Contains(r.DomainId));
        }
        if (caller.IsDomainAdmin)
        {
            var own = ctx.Db.Domains.Where(d => d.Path.StartsWith(caller.Domain.Path)).Select(d => d.Id);
            return query.Where(r => own.Contains(r.DomainId));
        }
        return query;
    }
}
