using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.GuestOs;

[ApiCommand("listOsCategories")]
public sealed class ListOsCategories(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.GuestOsCategories.AsNoTracking();
        if (p.Entity<GuestOsCategory>("id") is { } byId)
        {
            query = query.Where(c => c.Id == byId.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(c => c.Name == name);
        }
        if (p.Bool("isfeatured") is { } featured)
        {
            query = query.Where(c => c.IsFeatured == featured);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(c => c.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(c => c.Id), ctx.Cancellation);
        return ApiResult.List(page.Select(GuestOsResponses.Category).ToList(), total);
    }
}
