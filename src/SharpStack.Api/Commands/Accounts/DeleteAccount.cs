using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;

namespace SharpStack.Api.Commands.Accounts;

/// <summary>Deletes an account with its users; the job cleans up what the account owns.</summary>
[ApiCommand("deleteAccount")]
public sealed class DeleteAccount(AccountResources resources) : IOrchestratedCommand
{
    public string EventType => EventTypes.AccountDelete;

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
        await resources.ReleaseAsync(ctx.Db, account, ctx.Actor, ctx.Cancellation);
        await using var tx = await UnitOfWork.BeginAsync(ctx.Db, ctx.Cancellation);
        await IdentityService.RemoveAccountAsync(ctx.Db, account, ctx.Now, ctx.Cancellation);
        ctx.Event(EventTypes.AccountDelete, $"Successfully completed deleting account {account.Name}", "Account", account.Uuid, account.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await tx.CommitAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }
}
