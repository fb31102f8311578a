using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Events;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Events;

[ApiCommand("listEvents")]
public sealed class ListEvents(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.VisibleEvents(ctx.Caller).AsNoTracking();
        if (p.Entity<EventRecord>("id") is { } byId)
        {
            query = query.Where(e => e.Id == byId.Id);
        }
        else if (ProjectScope.Given(p))
        {
            var owners = ProjectScope.Apply(ctx.Db, ctx.Db.VisibleAccounts(ctx.Caller), p, byId: false).Select(a => a.Id);
            var archived = p.Flag("archived");
            query = query.Where(e => owners.Contains(e.AccountId) && e.Archived == archived);
        }
        else
        {
            var scope = Visibility.ResolveListScope(ctx.Caller, p.Entity<Domain>("domainid"), p.Flag("isrecursive"), p.Flag("listall"));
            var domains = scope.Recursive
                ? ctx.Db.Domains.Where(d => d.Path.StartsWith(scope.DomainPath)).Select(d => d.Id)
                : ctx.Db.Domains.Where(d => d.Path == scope.DomainPath).Select(d => d.Id);
            query = query.Where(e => domains.Contains(e.DomainId));
            if (scope.OwnAccountOnly)
            {
                query = query.Where(e => e.AccountId == ctx.Caller.Account.Id);
            }
            var projects = OwnedLists.ProjectAccountIds(ctx.Db);
            query = query.Where(e => !projects.Contains(e.AccountId));
            // Archived events are hidden unless asked for.
            var archived = p.Flag("archived");
            query = query.Where(e => e.Archived == archived);
        }
        if (p.String("account") is { } account)
        {
            var ids = ctx.Db.Accounts.Where(a => a.Name == account).Select(a => a.Id);
            query = query.Where(e => ids.Contains(e.AccountId));
        }
        if (p.String("type") is { } type)
        {
            query = query.Where(e => e.Type == type);
        }
        if (p.String("level") is { } levelText)
        {
            if (!Enum.TryParse<EventLevel>(levelText, ignoreCase: true, out var level))
            {
                throw CloudException.InvalidParameter($"Invalid event level {levelText}: use INFO, WARN or ERROR");
            }
            query = query.Where(e => e.Level == level);
        }
        if (p.String("state") is { } stateText)
        {
            if (!Enum.TryParse<EventState>(stateText, ignoreCase: true, out var state))
            {
                throw CloudException.InvalidParameter($"Invalid event state {stateText}: use Created, Scheduled, Started or Completed");
            }
            query = query.Where(e => e.State == state);
        }
        if (p.Date("startdate") is { } start)
        {
            query = query.Where(e => e.Created >= start);
        }
        if (p.Date("enddate") is { } end)
        {
            query = query.Where(e => e.Created <= end);
        }
        if (p.Entity<EventRecord>("startid") is { } startEvent)
        {
            query = query.Where(e => e.Id == startEvent.Id || e.StartId == startEvent.Id);
        }
        if (p.String("resourcetype") is { } resourceType)
        {
            query = query.Where(e => e.ResourceType == resourceType);
        }
        if (p.String("resourceid") is { } resourceText)
        {
            if (!Guid.TryParse(resourceText, out var resourceId))
            {
                throw CloudException.InvalidParameter($"Invalid resourceid {resourceText}: it must be a uuid");
            }
            query = query.Where(e => e.ResourceUuid == resourceId);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(e => e.Type.Contains(keyword) || e.Description.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderByDescending(e => e.Id), ctx.Cancellation);
        return ApiResult.List(await EventResponses.ToResponsesAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
