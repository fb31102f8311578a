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
        if (p.Has("projectid"))
        {
            throw Core.Errors.CloudException.InvalidParameter("Projects are not supported yet");
        }
        var accounts = ctx.Db.VisibleAccounts(ctx.Caller);
        if (p.Entity<SshKeyPair>("id") is null)
        {
            var scope = Visibility.ResolveListScope(ctx.Caller, p.Entity<Domain>("domainid"), p.Flag("isrecursive"), p.Flag("listall"));
            accounts = scope.OwnAccountOnly
                ? accounts.Where(a => a.Id == ctx.Caller.Account.Id)
                : scope.Recursive ? accounts.Where(a => a.Domain!.Path.StartsWith(scope.DomainPath)) : accounts.Where(a => a.Domain!.Path == scope.DomainPath);
        }
        if (p.String("account") is { } accountName)
        {
            accounts = accounts.Where(a => a.Name == accountName);
        }
        var accountIds = accounts.Select(a => a.Id);
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
