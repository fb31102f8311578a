using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Accounts;

[ApiCommand("enableAccount")]
public sealed class EnableAccount : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var account = await AccountQueries.FindTargetAsync(ctx.Db, ctx.Caller, ctx.Params, ctx.Info.Name, ctx.Cancellation);
        AccountStateChange.EnsureChangeable(ctx, account);
        account.State = AccountState.Enabled;
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.AccountEnable, $"Successfully completed enabling account {account.Name}", "Account", account.Uuid, account.Name);
        return ApiResult.Of(await AccountQueries.ToResponseAsync(ctx.Db, account, ctx.Cancellation));
    }
}
