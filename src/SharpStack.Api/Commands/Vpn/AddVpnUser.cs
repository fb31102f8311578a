using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;
using SharpStack.Orchestration.Security;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Vpn;

/// <summary>Adds a user to an account's remote access VPNs (at most remote.access.vpn.user.limit); every VPN of the account gets it.</summary>
[ApiCommand("addVpnUser")]
public sealed partial class AddVpnUser(RouterOrchestrator routers, SecretProtector secrets, SettingsService settings, UsageEvents usage) : IOrchestratedCommand
{
    public string EventType => EventTypes.VpnUserAdd;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var owner = await CheckAsync(ctx);
        return new JobTarget("VpnUser", null, $"VpnUsers:{owner.Uuid}");
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var owner = await CheckAsync(ctx);
        var user = new VpnUser
        {
            AccountId = owner.Id,
            DomainId = owner.DomainId,
            Username = ctx.Params.String("username")!,
            Password = secrets.Protect(ctx.Params.String("password")!),
            Created = ctx.Now,
        };
        ctx.Db.VpnUsers.Add(user);
        try
        {
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        }
        catch (DbUpdateException)
        {
            throw CloudException.InvalidParameter($"VPN user {user.Username} already exists for account {owner.Name}");
        }
        await VpnChanges.ApplyToAccountAsync(ctx.Db, routers, owner.Id,
            () => ctx.Db.VpnUsers.Where(u => u.Id == user.Id).ExecuteDeleteAsync(ctx.Cancellation), ctx.Cancellation);
        user.State = VpnUserState.Active;
        ctx.Event(EventTypes.VpnUserAdd, $"Added VPN user {user.Username}", "VpnUser", user.Uuid, user.Username);
        usage.VpnUser(ctx.Db, UsageEvents.VpnUserAdd, user);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await VpnResponses.UsersAsync(ctx.Db, [user], ctx.Cancellation))[0]);
    }

    private async Task<Core.Identity.Account> CheckAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var username = p.String("username")!;
        if (!UserName().IsMatch(username))
        {
            throw CloudException.InvalidParameter("Username has to begin with a letter or digit, and have only letters, digits, '@', '.', '_' or '-', 1 to 255 characters");
        }
        var password = p.String("password")!;
        if (!PasswordText().IsMatch(password))
        {
            throw CloudException.InvalidParameter("Password has to be 1 to 255 printable characters without spaces, quotes or backslashes");
        }
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation);
        var limit = await settings.GetLongAsync(SettingNames.VpnUserLimit, ctx.Cancellation);
        if (await ctx.Db.VpnUsers.CountAsync(u => u.AccountId == owner.Id, ctx.Cancellation) >= limit)
        {
            throw CloudException.LimitExceeded($"Cannot add more than {limit} remote access VPN users (remote.access.vpn.user.limit) to account {owner.Name}");
        }
        if (await ctx.Db.VpnUsers.AnyAsync(u => u.AccountId == owner.Id && u.Username == username, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"VPN user {username} already exists for account {owner.Name}");
        }
        return owner;
    }

    [GeneratedRegex("^[a-zA-Z0-9][a-zA-Z0-9@._-]{0,254}$")]
    private static partial Regex UserName();

    [GeneratedRegex("^[^\\s\"'\\\\]{1,255}$")]
    private static partial Regex PasswordText();
}
