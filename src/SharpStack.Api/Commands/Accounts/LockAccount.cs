using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Accounts;

/// <summary>A locked account's users can no longer log in or call the API; its resources stay as they are.</summary>
[ApiCommand("lockAccount")]
public sealed class LockAccount : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var account = await AccountQueries.FindTargetAsync(ctx.Db, ctx.Caller, ctx.Params, ctx.Info.Name, ctx.Cancellation);
        AccountStateChange.EnsureChangeable(ctx, account);
        account.State = AccountState.Locked;
        await AccountStateChange.EndSessionsAsync(ctx.Db, account, ctx.Cancellation);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.AccountDisable, $"Successfully completed locking account {account.Name}", "Account", account.Uuid, account.Name);
        return ApiResult.Of(await AccountQueries.ToResponseAsync(ctx.Db, account, ctx.Cancellation));
    }
}
