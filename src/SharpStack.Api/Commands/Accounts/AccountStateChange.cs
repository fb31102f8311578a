using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Data;
using Microsoft.EntityFrameworkCore;

namespace SharpStack.Api.Commands.Accounts;

/// <summary>Enable, disable and lock share their checks: the default accounts and the caller's own stay as they are.</summary>
internal static class AccountStateChange
{
    public static void EnsureChangeable(CommandContext ctx, Account account)
    {
        IdentityService.EnsureCanManage(ctx.Caller, account);
        if (account.Type == AccountType.Project)
        {
            throw CloudException.InvalidParameter($"Account {account.Name} is a project's account: use the project commands (suspendProject, deleteProject)");
        }
        if (account.IsDefault || account.Id == Account.SystemId)
        {
            throw CloudException.InvalidParameter($"The state of the default account {account.Name} cannot be changed");
        }
        if (account.Id == ctx.Caller.Account.Id)
        {
            throw CloudException.InvalidParameter("An account cannot change its own state");
        }
    }

    /// <summary>A disabled or locked account's users are logged out at once.</summary>
    public static async Task EndSessionsAsync(CloudDbContext db, Account account, CancellationToken ct)
    {
        var users = db.Users.Where(u => u.AccountId == account.Id).Select(u => u.Id);
        await db.Sessions.Where(s => users.Contains(s.UserId)).ExecuteDeleteAsync(ct);
    }
}
