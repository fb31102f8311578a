using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Roles;

[ApiCommand("listRoles")]
public sealed class ListRoles(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.VisibleRoles(ctx.Caller).AsNoTracking();
        if (p.Entity<Role>("id") is { } byId)
        {
            query = query.Where(r => r.Id == byId.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(r => r.Name == name);
        }
        if (p.String("type") is { } typeText)
        {
            if (!RoleTypes.TryParse(typeText, out var type))
            {
                throw CloudException.InvalidParameter($"Invalid role type {typeText}: use Admin, ResourceAdmin, DomainAdmin or User");
            }
            query = query.Where(r => r.Type == type);
        }
        if (p.String("state") is { } stateText)
        {
            if (!Enum.TryParse<RoleState>(stateText, ignoreCase: true, out var state))
            {
                throw CloudException.InvalidParameter($"Invalid role state {stateText}: use enabled or disabled");
            }
            query = query.Where(r => r.State == state);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(r => r.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(r => r.Id), ctx.Cancellation);
        return ApiResult.List(page.Select(IdentityResponses.Role).ToList(), total);
    }
}
