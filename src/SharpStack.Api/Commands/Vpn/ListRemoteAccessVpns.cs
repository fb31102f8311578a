using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Security;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Vpn;

[ApiCommand("listRemoteAccessVpns")]
public sealed class ListRemoteAccessVpns(SettingsService settings, SecretProtector secrets) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var accounts = OwnedLists.AccountIds(ctx.Db, ctx.Caller, p, p.Has("id"));
        var query = ctx.Db.RemoteAccessVpns.AsNoTracking().Where(v => v.State != VpnState.Removed && accounts.Contains(v.AccountId));
        if (p.Entity<RemoteAccessVpn>("id") is { } byId)
        {
            query = query.Where(v => v.Id == byId.Id);
        }
        if (p.Entity<PublicIpAddress>("publicipid") is { } ip)
        {
            query = query.Where(v => v.IpAddressId == ip.Id);
        }
        if (p.Entity<Network>("networkid") is { } network)
        {
            query = query.Where(v => v.NetworkId == network.Id);
        }
        if (p.Bool("fordisplay") is { } display)
        {
            query = query.Where(v => v.ForDisplay == display);
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(v => v.Id), ctx.Cancellation);
        return ApiResult.List(await VpnResponses.VpnsAsync(ctx.Db, secrets, page, ctx.Cancellation), total);
    }
}
