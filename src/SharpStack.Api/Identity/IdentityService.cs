using SharpStack.Orchestration.Security;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Auth;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Data;

namespace SharpStack.Api.Identity;

/// <summary>The rules shared by the account, user and domain commands.</summary>
public sealed class IdentityService(SecretProtector secrets)
{
    /// <summary>
    /// A caller may manage an account when it can reach it and is at least as privileged:
    /// domain admins never manage root admins, users only themselves.
    /// </summary>
    public static void EnsureCanManage(Caller caller, Account target)
    {
        var domain = target.Domain ?? throw new InvalidOperationException("account domain not loaded");
        var allowed = caller.IsRootAdmin ||
                      (caller.IsDomainAdmin && caller.Domain.Contains(domain) && target.Type is not (AccountType.Admin or AccountType.ReadOnlyAdmin)) ||
                      target.Id == caller.Account.Id;
        if (!allowed)
        {
            throw CloudException.PermissionDenied($"Account {target.Name} cannot be managed by the caller");
        }
    }

    public static void EnsureCanUseRole(Caller caller, Role role)
    {
        if (!caller.IsRootAdmin && role.Type < caller.Role.Type)
        {
            throw CloudException.PermissionDenied($"The caller cannot give role {role.Name} ({role.Type}): it is more privileged than its own");
        }
    }

    public static void ValidateName(string value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw CloudException.InvalidParameter($"{what} cannot be empty");
        }
        if (value != value.Trim())
        {
            throw CloudException.InvalidParameter($"{what} cannot begin or end with spaces");
        }
    }

    public static void ValidatePassword(string password)
    {
        if (string.IsNullOrEmpty(password) || password.Trim().Length == 0)
        {
            throw CloudException.InvalidParameter("Password cannot be empty or only spaces");
        }
    }

    public static async Task EnsureAccountNameFreeAsync(CloudDbContext db, long domainId, string name, long? exceptId, CancellationToken ct)
    {
        var lower = name.ToLowerInvariant();
        if (await db.Accounts.AnyAsync(a => a.DomainId == domainId && a.Removed == null && a.Name.ToLower() == lower && a.Id != exceptId, ct))
        {
            throw CloudException.InvalidParameter($"The specified account: {name} already exists");
        }
    }

    public static async Task EnsureUsernameFreeAsync(CloudDbContext db, long domainId, string username, long? exceptId, CancellationToken ct)
    {
        if (await db.Users.AnyAsync(u => u.Username == username && u.Removed == null && u.Account!.DomainId == domainId && u.Id != exceptId, ct))
        {
            throw CloudException.InvalidParameter($"The user {username} already exists in domain {domainId}");
        }
    }

    public static Guid? ParseCustomUuid(string? text, string parameter)
    {
        if (text is null)
        {
            return null;
        }
        return Guid.TryParse(text, out var uuid) ? uuid : throw CloudException.InvalidParameter($"Invalid value {text} for {parameter}: it must be a uuid");
    }

    public User NewUser(Account account, string username, string password, string? firstName, string? lastName, string? email, string? timezone, DateTime now, Guid? uuid = null) => new()
    {
        Uuid = uuid ?? Guid.NewGuid(),
        Username = username,
        PasswordHash = PasswordHasher.Hash(password),
        FirstName = firstName,
        LastName = lastName,
        Email = email,
        Timezone = timezone,
        AccountId = account.Id,
        Account = account,
        Created = now,
    };

    /// <summary>New API keys: 64 random bytes each, URL-safe Base64; the secret is stored encrypted.</summary>
    public (string ApiKey, string SecretKey) GenerateKeys(User user)
    {
        var apiKey = NewKey();
        var secret = NewKey();
        SetKeys(user, apiKey, secret);
        return (apiKey, secret);
    }

    public void SetKeys(User user, string apiKey, string secretKey)
    {
        user.ApiKey = apiKey;
        user.SecretKeyCipher = secrets.Protect(secretKey);
    }

    public string? SecretKeyOf(User user) => user.SecretKeyCipher is null ? null : secrets.Unprotect(user.SecretKeyCipher);

    private static string NewKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Removes an account and its users: they can no longer log in or sign requests.</summary>
    public static async Task RemoveAccountAsync(CloudDbContext db, Account account, DateTime now, CancellationToken ct)
    {
        var users = await db.Users.Where(u => u.AccountId == account.Id && u.Removed == null).ToListAsync(ct);
        foreach (var user in users)
        {
            RemoveUser(user, now);
        }
        var ids = users.Select(u => u.Id).ToList();
        await db.Sessions.Where(s => ids.Contains(s.UserId)).ExecuteDeleteAsync(ct);
        await db.SshKeyPairs.Where(k => k.AccountId == account.Id).ExecuteDeleteAsync(ct);
        await Commands.Templates.DeleteTemplate.RemoveForAccountAsync(db, account.Id, now, ct);
        account.Removed = now;
        account.State = AccountState.Disabled;
    }

    public static void RemoveUser(User user, DateTime now)
    {
        user.Removed = now;
        user.State = UserState.Disabled;
        user.ApiKey = null;
        user.SecretKeyCipher = null;
    }
}
