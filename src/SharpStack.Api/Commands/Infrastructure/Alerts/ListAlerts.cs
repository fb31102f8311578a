using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.Alerts;

[ApiCommand("listAlerts")]
public sealed class ListAlerts(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.Alerts.AsNoTracking().Where(a => !a.Archived);
        if (p.Entity<Alert>("id") is { } byId)
        {
            query = query.Where(a => a.Id == byId.Id);
        }
        if (p.String("type") is { } typeText)
        {
            if (!short.TryParse(typeText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var type))
            {
                throw CloudException.InvalidParameter($"Invalid alert type {typeText}: it is a number");
            }
            query = query.Where(a => a.Type == type);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(a => a.Name == name);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(a => a.Subject.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderByDescending(a => a.Id), ctx.Cancellation);
        return ApiResult.List(page.Select(a => new ApiObject
        {
            { "id", a.Uuid },
            { "type", (int)a.Type },
            { "name", a.Name },
            { "description", a.Subject },
            { "sent", a.Created },
        }).ToList(), total);
    }
}
