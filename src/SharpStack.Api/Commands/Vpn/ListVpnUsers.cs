using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Vpn;

[ApiCommand("listVpnUsers")]
public sealed class ListVpnUsers(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var accounts = OwnedLists.AccountIds(ctx.Db, ctx.Caller, p, p.Has("id"));
        var query = ctx.Db.VpnUsers.AsNoTracking().Where(u => u.State != VpnUserState.Revoke && accounts.Contains(u.AccountId));
        if (p.Entity<VpnUser>("id") is { } byId)
        {
            query = query.Where(u => u.Id == byId.Id);
        }
        if (p.String("username") is { } username)
        {
            query = query.Where(u => u.Username == username);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(u => u.Username.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(u => u.Id), ctx.Cancellation);
        return ApiResult.List(await VpnResponses.UsersAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
