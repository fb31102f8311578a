using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Limits;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Projects;

/// <summary>
/// The projects the caller belongs to; admins with listall (or a domainid) see every project in
/// their scope, as upstream.
/// </summary>
[ApiCommand("listProjects")]
public sealed class ListProjects(SettingsService settings, ResourceLimiter limiter) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.VisibleProjects(ctx.Caller).AsNoTracking();
        var domain = p.Entity<Domain>("domainid");
        if (p.Entity<Project>("id") is { } byId)
        {
            query = query.Where(x => x.Id == byId.Id);
        }
        else if (!ctx.Caller.IsNormalUser && (p.Flag("listall") || domain is not null))
        {
            var scope = Visibility.ResolveListScope(ctx.Caller, domain, p.Flag("isrecursive") || p.Flag("listall"), p.Flag("listall"));
            var domains = scope.Recursive
                ? ctx.Db.Domains.Where(d => d.Path.StartsWith(scope.DomainPath)).Select(d => d.Id)
                : ctx.Db.Domains.Where(d => d.Path == scope.DomainPath).Select(d => d.Id);
            query = query.Where(x => domains.Contains(x.DomainId));
        }
        else
        {
            var mine = ctx.Caller.ProjectAccountIds;
            query = query.Where(x => mine.Contains(x.ProjectAccountId));
        }
        if (p.String("account") is { } accountName)
        {
            var members = ctx.Db.ProjectMembers.Where(m => ctx.Db.Accounts.Any(a => a.Id == m.AccountId && a.Name == accountName)).Select(m => m.ProjectId);
            query = query.Where(x => members.Contains(x.Id));
        }
        if (p.String("username") is { } username)
        {
            var members = ctx.Db.ProjectMembers.Where(m => ctx.Db.Users.Any(u => u.Removed == null && u.Username == username &&
                                                                              (m.UserId == u.Id || (m.UserId == null && m.AccountId == u.AccountId)))).Select(m => m.ProjectId);
            query = query.Where(x => members.Contains(x.Id));
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(x => x.Name == name);
        }
        if (p.String("displaytext") is { } text)
        {
            query = query.Where(x => x.DisplayText == text);
        }
        if (p.String("state") is { } stateText)
        {
            var state = EnumParameters.Parse<ProjectState>(stateText, "state");
            query = query.Where(x => x.State == state);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(x => x.Name.Contains(keyword) || x.DisplayText.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(x => x.Id), ctx.Cancellation);
        return ApiResult.List(await ProjectResponses.ToResponsesAsync(ctx.Db, limiter, page, ctx.Cancellation), total);
    }
}
