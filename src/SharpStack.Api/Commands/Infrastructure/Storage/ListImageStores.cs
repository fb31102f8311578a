using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Storage;

[ApiCommand("listImageStores")]
public sealed class ListImageStores(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.ImageStores.AsNoTracking().Where(s => s.Removed == null);
        if (p.Entity<ImageStore>("id") is { } byId)
        {
            query = query.Where(s => s.Id == byId.Id);
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            query = query.Where(s => s.ZoneId == zone.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(s => s.Name == name);
        }
        if (p.String("protocol") is { } protocol)
        {
            query = query.Where(s => s.Protocol == protocol.ToLower());
        }
        if (p.String("provider") is { } provider)
        {
            query = query.Where(s => s.ProviderName == provider);
        }
        if (p.Bool("readonly") is { } readOnly)
        {
            query = query.Where(s => s.ReadOnly == readOnly);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(s => s.Name.Contains(keyword) || s.Url.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(s => s.Id), ctx.Cancellation);
        return ApiResult.List(await StorageResponses.ImageStoresAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
