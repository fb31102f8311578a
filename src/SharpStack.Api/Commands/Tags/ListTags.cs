using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Tags;

[ApiCommand("listTags")]
public sealed class ListTags(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var accountIds = OwnedLists.AccountIds(ctx.Db, ctx.Caller, p, byId: p.Has("resourceid"));
        var query = ctx.Db.ResourceTags.AsNoTracking().Where(t => accountIds.Contains(t.AccountId));
        if (p.String("resourcetype") is { } typeText)
        {
            var type = TaggableResources.Canonical(typeText);
            query = query.Where(t => t.ResourceType == type);
        }
        if (p.String("resourceid") is { } resourceText)
        {
            query = Guid.TryParse(resourceText, out var resource) ? query.Where(t => t.ResourceUuid == resource) : query.Where(t => false);
        }
        if (p.String("key") is { } key)
        {
            query = query.Where(t => t.Key == key);
        }
        if (p.String("value") is { } value)
        {
            query = query.Where(t => t.Value == value);
        }
        if (p.String("customer") is { } customer)
        {
            query = query.Where(t => t.Customer == customer);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(t => t.Key.Contains(keyword) || t.Value.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(t => t.Id), ctx.Cancellation);
        return ApiResult.List(await TagResponses.ToResponsesAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
