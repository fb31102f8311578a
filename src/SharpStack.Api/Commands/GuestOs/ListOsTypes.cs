using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.GuestOs;

[ApiCommand("listOsTypes")]
public sealed class ListOsTypes(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.GuestOs.AsNoTracking().Where(o => o.Removed == null);
        if (p.Entity<Core.Compute.GuestOs>("id") is { } byId)
        {
            query = query.Where(o => o.Id == byId.Id);
        }
        if (p.Entity<GuestOsCategory>("oscategoryid") is { } category)
        {
            query = query.Where(o => o.CategoryId == category.Id);
        }
        if (p.String("description") is { } description)
        {
            query = query.Where(o => o.DisplayName.Contains(description));
        }
        if (p.Bool("fordisplay") is { } forDisplay)
        {
            query = query.Where(o => o.ForDisplay == forDisplay);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(o => o.DisplayName.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(o => o.Id), ctx.Cancellation);
        return ApiResult.List(await GuestOsResponses.ToResponsesAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
