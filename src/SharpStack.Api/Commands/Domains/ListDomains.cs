using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Domains;

/// <summary>
/// Without listall a caller sees its own domain (or the one named by id); with listall, every
/// domain it can see. Users see only their own domain.
/// </summary>
[ApiCommand("listDomains")]
public sealed class ListDomains(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.VisibleDomains(ctx.Caller).AsNoTracking();
        if (p.Entity<Domain>("id") is { } byId)
        {
            query = query.Where(d => d.Id == byId.Id);
        }
        else if (!p.Flag("listall"))
        {
            var own = ctx.Caller.Domain.Id;
            query = query.Where(d => d.Id == own);
        }
        if (p.Int("level") is { } level)
        {
            query = query.Where(d => d.Level == level);
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
