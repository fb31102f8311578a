using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Accounts;

[ApiCommand("listAccounts")]
public sealed class ListAccounts(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.VisibleAccounts(ctx.Caller).AsNoTracking();
        var byId = p.Entity<Account>("id");
        if (byId is not null)
        {
            query = query.Where(a => a.Id == byId.Id);
        }
        else
        {
            var scope = Visibility.ResolveListScope(ctx.Caller, p.Entity<Domain>("domainid"), p.Flag("isrecursive"), p.Flag("listall"));
            query = scope.Recursive
                ? query.Where(a => a.Domain!.Path.StartsWith(scope.DomainPath))
                : query.Where(a => a.Domain!.Path == scope.DomainPath);
        }
        if (p.Int("accounttype") is { } type)
        {
            if (!Enum.IsDefined((AccountType)type))
            {
                throw CloudException.InvalidParameter($"Invalid account type {type}");
            }
            var accountType = (AccountType)type;
            query = query.Where(a => a.Type == accountType);
        }
        else
        {
            // Project accounts are the projects' own; upstream lists them only when asked for by type.
            query = query.Where(a => a.Type != AccountType.Project);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(a => a.Name == name);
        }
        if (p.String("state") is { } stateText)
        {
            if (!Enum.TryParse<AccountState>(stateText, ignoreCase: true, out var state))
            {
                throw CloudException.InvalidParameter($"Invalid account state {stateText}: use enabled, disabled or locked");
            }
            query = query.Where(a => a.State == state);
        }
        if (p.Bool("iscleanuprequired") is { } cleanup)
        {
            query = query.Where(a => a.NeedsCleanup == cleanup);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(a => a.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(a => a.Id), ctx.Cancellation);
        return ApiResult.List(await AccountQueries.ToResponsesAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
