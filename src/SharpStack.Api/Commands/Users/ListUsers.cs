using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Users;

[ApiCommand("listUsers")]
public sealed class ListUsers(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.VisibleUsers(ctx.Caller).AsNoTracking();
        if (p.Entity<User>("id") is { } byId)
        {
            query = query.Where(u => u.Id == byId.Id);
        }
        else
        {
            var scope = Visibility.ResolveListScope(ctx.Caller, p.Entity<Domain>("domainid"), p.Flag("isrecursive"), p.Flag("listall"));
            query = scope.Recursive
                ? query.Where(u => u.Account!.Domain!.Path.StartsWith(scope.DomainPath))
                : query.Where(u => u.Account!.Domain!.Path == scope.DomainPath);
        }
        if (p.String("account") is { } account)
        {
            query = query.Where(u => u.Account!.Name == account);
        }
        if (p.Int("accounttype") is { } type)
        {
            var accountType = (AccountType)type;
            query = query.Where(u => u.Account!.Type == accountType);
        }
        if (p.String("username") is { } username)
        {
            query = query.Where(u => u.Username == username);
        }
        if (p.String("state") is { } stateText)
        {
            if (!Enum.TryParse<UserState>(stateText, ignoreCase: true, out var state))
            {
                throw CloudException.InvalidParameter($"Invalid user state {stateText}: use enabled, disabled or locked");
            }
            query = query.Where(u => u.State == state);
        }
        if (p.String("usersource") is { } source)
        {
            query = query.Where(u => u.Source == source);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(u => u.Username.Contains(keyword) || (u.FirstName != null && u.FirstName.Contains(keyword)) ||
                                     (u.LastName != null && u.LastName.Contains(keyword)) || (u.Email != null && u.Email.Contains(keyword)));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var ordered = query
            .Include(u => u.Account!).ThenInclude(a => a.Domain)
            .Include(u => u.Account!).ThenInclude(a => a.Role)
            .OrderBy(u => u.Id);
        var (page, total) = await paging.FetchAsync(ordered, ctx.Cancellation);
        return ApiResult.List(page.Select(u => UserQueries.Response(ctx, u)).ToList(), total);
    }
}
