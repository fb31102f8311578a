using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Domains;

/// <summary>The children of a domain (the caller's own by default); all descendants with isrecursive.</summary>
[ApiCommand("listDomainChildren")]
public sealed class ListDomainChildren(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var parent = p.Entity<Domain>("id") ?? ctx.Caller.Domain;
        var query = ctx.Db.VisibleDomains(ctx.Caller).AsNoTracking();
        if (p.Flag("isrecursive") || p.Flag("listall"))
        {
            var path = parent.Path;
            query = query.Where(d => d.Path.StartsWith(path) && d.Id != parent.Id);
        }
        else
        {
            query = query.Where(d => d.ParentId == parent.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(d => d.Name == name);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(d => d.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(d => d.Path), ctx.Cancellation);
        return ApiResult.List(await DomainQueries.ToResponsesAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
