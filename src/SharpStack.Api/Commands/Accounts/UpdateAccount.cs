using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Accounts;

[ApiCommand("updateAccount")]
public sealed class UpdateAccount : IApiCommand
{
    public async Task<Responses.ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var account = await AccountQueries.FindTargetAsync(ctx.Db, ctx.Caller, p, ctx.Info.Name, ctx.Cancellation);
        IdentityService.EnsureCanManage(ctx.Caller, account);
        if (p.String("newname") is { } newName && newName != account.Name)
        {
            IdentityService.ValidateName(newName, "Account name");
            if (account.IsDefault)
            {
                throw CloudException.InvalidParameter($"The default account {account.Name} cannot be renamed");
            }
            await IdentityService.EnsureAccountNameFreeAsync(ctx.Db, account.DomainId, newName, account.Id, ctx.Cancellation);
            account.Name = newName;
        }
        if (p.Has("networkdomain"))
        {
            account.NetworkDomain = p.String("networkdomain");
        }
        if (p.Entity<Role>("roleid") is { } role && role.Id != account.RoleId)
        {
            if (role.Type != account.Role!.Type)
            {
                throw CloudException.InvalidParameter($"The role of account {account.Name} can only be changed to another role of type {account.Role.Type}");
            }
            if (account.Id == ctx.Caller.Account.Id)
            {
                throw CloudException.PermissionDenied("An account cannot change its own role");
            }
            IdentityService.EnsureCanUseRole(ctx.Caller, role);
            account.RoleId = role.Id;
            account.Role = await ctx.Db.Roles.FindAsync([role.Id], ctx.Cancellation);
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.AccountUpdate, $"Successfully completed updating account {account.Name}", "Account", account.Uuid, account.Name);
        return Responses.ApiResult.Of(await AccountQueries.ToResponseAsync(ctx.Db, account, ctx.Cancellation));
    }
}
