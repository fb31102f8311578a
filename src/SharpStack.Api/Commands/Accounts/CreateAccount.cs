using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Accounts;

/// <summary>Creates an account with its first user. The role comes from roleid, or from the default role of accounttype.</summary>
[ApiCommand("createAccount")]
public sealed class CreateAccount(IdentityService identity) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var username = p.String("username")!;
        var accountName = p.String("account") ?? username;
        IdentityService.ValidateName(username, "Username");
        IdentityService.ValidateName(accountName, "Account name");
        IdentityService.ValidatePassword(p.String("password")!);
        var domain = p.Entity<Domain>("domainid") ?? ctx.Caller.Domain;
        if (!ctx.Caller.CanReach(domain))
        {
            throw CloudException.PermissionDenied("The caller cannot create accounts in the given domain");
        }
        var role = await ResolveRoleAsync(ctx);
        IdentityService.EnsureCanUseRole(ctx.Caller, role);
        var type = role.Type.ToAccountType();
        if (type == AccountType.Admin && domain.Id != Domain.RootId)
        {
            throw CloudException.InvalidParameter("Root admin accounts can only be created in the ROOT domain");
        }
        await IdentityService.EnsureAccountNameFreeAsync(ctx.Db, domain.Id, accountName, null, ctx.Cancellation);
        await IdentityService.EnsureUsernameFreeAsync(ctx.Db, domain.Id, username, null, ctx.Cancellation);
        var accountUuid = IdentityService.ParseCustomUuid(p.String("accountid"), "accountid");
        var userUuid = IdentityService.ParseCustomUuid(p.String("userid"), "userid");
        if ((accountUuid is not null && await ctx.Db.Accounts.AnyAsync(a => a.Uuid == accountUuid, ctx.Cancellation)) ||
            (userUuid is not null && await ctx.Db.Users.AnyAsync(u => u.Uuid == userUuid, ctx.Cancellation)))
        {
            throw CloudException.InvalidParameter("The given accountid or userid is already in use");
        }
        var account = new Account
        {
            Uuid = accountUuid ?? Guid.NewGuid(),
            Name = accountName,
            Type = type,
            DomainId = domain.Id,
            Domain = await ctx.Db.Domains.FirstAsync(d => d.Id == domain.Id, ctx.Cancellation),
            RoleId = role.Id,
            Role = await ctx.Db.Roles.FirstAsync(r => r.Id == role.Id, ctx.Cancellation),
            NetworkDomain = p.String("networkdomain"),
            Created = ctx.Now,
        };
        ctx.Db.Accounts.Add(account);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        var user = identity.NewUser(account, username, p.String("password")!, p.String("firstname"), p.String("lastname"), p.String("email"), p.String("timezone"), ctx.Now, userUuid);
        ctx.Db.Users.Add(user);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.AccountCreate, $"Successfully completed creating account {accountName} in domain {domain.Name}", "Account", account.Uuid, accountName);
        ctx.Event(EventTypes.UserCreate, $"Successfully completed creating user {username}", "User", user.Uuid, username);
        return ApiResult.Of(IdentityResponses.Account(account, [user]));
    }

    private static async Task<Role> ResolveRoleAsync(CommandContext ctx)
    {
        if (ctx.Params.Entity<Role>("roleid") is { } role)
        {
            if (ctx.Params.Int("accounttype") is { } given && role.Type.ToAccountType() != (AccountType)given)
            {
                throw CloudException.InvalidParameter("The accounttype does not match the type of the given role");
            }
            return role;
        }
        if (ctx.Params.Int("accounttype") is not { } typeNumber)
        {
            throw CloudException.InvalidParameter("Unable to execute API command createaccount: either accounttype or roleid must be given");
        }
        var accountType = (AccountType)typeNumber;
        if (accountType is not (AccountType.Normal or AccountType.Admin or AccountType.DomainAdmin or AccountType.ResourceDomainAdmin))
        {
            throw CloudException.InvalidParameter($"Invalid account type {typeNumber}: use 0 (user), 1 (root admin), 2 (domain admin) or 3 (resource admin)");
        }
        var roleType = accountType.ToRoleType();
        return await ctx.Db.Roles.AsNoTracking()
                   .Where(r => r.Type == roleType && r.IsDefault && r.Removed == null)
                   .OrderBy(r => r.Id).FirstOrDefaultAsync(ctx.Cancellation)
               ?? throw CloudException.InvalidParameter($"No default role of type {roleType}");
    }
}
