using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.KeyPairs;

[ApiCommand("listSSHKeyPairs")]
public sealed class ListSSHKeyPairs(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var accountIds = OwnedLists.AccountIds(ctx.Db, ctx.Caller, p, byId: p.Entity<SshKeyPair>("id") is not null);
        var query = ctx.Db.SshKeyPairs.AsNoTracking().Where(k => accountIds.Contains(k.AccountId));
        if (p.Entity<SshKeyPair>("id") is { } byId)
        {
            query = query.Where(k => k.Id == byId.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(k => k.Name == name);
        }
        if (p.String("fingerprint") is { } fingerprint)
        {
            query = query.Where(k => k.Fingerprint == fingerprint);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(k => k.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(k => k.Id), ctx.Cancellation);
        return ApiResult.List(await KeyPairResponses.ToResponsesAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
