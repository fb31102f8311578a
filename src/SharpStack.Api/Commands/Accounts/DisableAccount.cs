using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Accounts;

/// <summary>Disables (or with lock=true locks) an account; its users are logged out.</summary>
[ApiCommand("disableAccount")]
public sealed class DisableAccount : IAsyncApiCommand
{
    public string EventType => EventTypes.AccountDisable;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var account = await AccountQueries.FindTargetAsync(ctx.Db, ctx.Caller, ctx.Params, ctx.Info.Name, ctx.Cancellation);
        AccountStateChange.EnsureChangeable(ctx, account);
        return JobTarget.For("Account", account.Uuid);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var account = await AccountQueries.FindTargetAsync(ctx.Db, ctx.Caller, ctx.Params, ctx.Info.Name, ctx.Cancellation);
        AccountStateChange.EnsureChangeable(ctx, account);
        account.State = ctx.Params.Flag("lock") ? AccountState.Locked : AccountState.Disabled;
        await AccountStateChange.EndSessionsAsync(ctx.Db, account, ctx.Cancellation);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.AccountDisable, $"Successfully completed disabling account {account.Name}", "Account", account.Uuid, account.Name);
        return ApiResult.Of(await AccountQueries.ToResponseAsync(ctx.Db, account, ctx.Cancellation));
    }
}
