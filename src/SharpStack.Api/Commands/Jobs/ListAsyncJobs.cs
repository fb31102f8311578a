using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Catalog;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Core.Jobs;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Jobs;

[ApiCommand("listAsyncJobs")]
public sealed class ListAsyncJobs(ApiCatalog catalog, SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var scope = Visibility.ResolveListScope(ctx.Caller, p.Entity<Domain>("domainid"), p.Flag("isrecursive"), p.Flag("listall"));
        var accounts = ctx.Db.VisibleAccounts(ctx.Caller);
        accounts = scope.OwnAccountOnly
            ? accounts.Where(a => a.Id == ctx.Caller.Account.Id)
            : scope.Recursive
                ? accounts.Where(a => a.Domain!.Path.StartsWith(scope.DomainPath))
                : accounts.Where(a => a.Domain!.Path == scope.DomainPath);
        if (p.String("account") is { } accountName)
        {
            accounts = accounts.Where(a => a.Name == accountName);
        }
        var accountIds = accounts.Select(a => a.Id);
        var query = ctx.Db.AsyncJobs.AsNoTracking().Where(j => j.Removed == null && accountIds.Contains(j.AccountId));
        if (p.Date("startdate") is { } start)
        {
            query = query.Where(j => j.Created >= start);
        }
        if (p.Entity<ManagementServer>("managementserverid") is { } server)
        {
            query = query.Where(j => j.ManagementServerId == server.Id);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(j => j.Command.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderByDescending(j => j.Id), ctx.Cancellation);
        return ApiResult.List(await JobResponses.ToResponsesAsync(ctx.Db, page, catalog, ctx.Cancellation), total);
    }
}
