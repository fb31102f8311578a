using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Users;

/// <summary>Adds a user to an existing account, found by name in the given (or the caller's) domain.</summary>
[ApiCommand("createUser")]
public sealed class CreateUser(IdentityService identity) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var username = p.String("username")!;
        IdentityService.ValidateName(username, "Username");
        IdentityService.ValidatePassword(p.String("password")!);
        var domain = p.Entity<Domain>("domainid") ?? ctx.Caller.Domain;
        var accountName = p.String("account")!;
        var account = await ctx.Db.VisibleAccounts(ctx.Caller)
            .Include(a => a.Domain).Include(a => a.Role)
            .FirstOrDefaultAsync(a => a.DomainId == domain.Id && a.Name == accountName, ctx.Cancellation)
            ?? throw CloudException.InvalidParameter($"Unable to find account {accountName} in domain {domain.Uuid}");
        IdentityService.EnsureCanManage(ctx.Caller, account);
        await IdentityService.EnsureUsernameFreeAsync(ctx.Db, domain.Id, username, null, ctx.Cancellation);
        var uuid = IdentityService.ParseCustomUuid(p.String("userid"), "userid");
        if (uuid is not null && await ctx.Db.Users.AnyAsync(u => u.Uuid == uuid, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"The uuid {uuid} given for userid is already in use");
        }
        var user = identity.NewUser(account, username, p.String("password")!, p.String("firstname"), p.String("lastname"), p.String("email"), p.String("timezone"), ctx.Now, uuid);
        ctx.Db.Users.Add(user);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.UserCreate, $"Successfully completed creating user {username} in account {account.Name}", "User", user.Uuid, username);
        return ApiResult.Of(UserQueries.Response(ctx, user));
    }
}
