using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Data;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Auth;

/// <summary>Login and logout: password checks, the session row and its cookies.</summary>
public sealed class SessionService(
    IdentityCache identities,
    FailedAuthThrottle throttle,
    SettingsService settings,
    TimeProvider time)
{
    public const int SessionTimeoutSeconds = 1800;
    public const string LoginFailed = "Failed to authenticate user {0} in domain {1}; please provide valid credentials";

    /// <summary>Checks the credentials; a wrong user, password, domain or a disabled account all fail alike.</summary>
    public async Task<Caller> CheckCredentialsAsync(CloudDbContext db, string username, string password, string? domainPath, long? domainId, CancellationToken ct)
    {
        var domainText = domainPath ?? (domainId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "/");
        var throttleKey = $"login:{NormalizeDomainPath(domainPath) ?? domainText}:{username}";
        var failure = CloudException.PermissionDenied(string.Format(System.Globalization.CultureInfo.InvariantCulture, LoginFailed, username, domainText));
        failure = new CloudException(ApiErrorCode.AccountError, failure.Message, CsErrorCode.CloudRuntime);
        if (throttle.IsBlocked(throttleKey))
        {
            throw failure;
        }
        var domain = await FindDomainAsync(db, domainPath, domainId, ct);
        var user = domain is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Username == username && u.Removed == null && u.Account!.DomainId == domain.Id && u.Account.Removed == null)
            .FirstOrDefaultAsync(ct);
        // Hash even when there is no such user, so timing does not tell which part was wrong.
        var passwordOk = PasswordHasher.Verify(password, user?.PasswordHash ?? PasswordHasher.Unusable);
        var caller = passwordOk && user is not null ? await IdentityCache.LoadCallerAsync(db, user.Id, includeRemoved: false, ct) : null;
        if (caller is null || !Authenticator.IsActive(caller) || caller.Account.Id == Account.SystemId)
        {
            throttle.RecordFailure(throttleKey);
            throw failure;
        }
        throttle.Reset(throttleKey);
        return caller;
    }

    public async Task<ApiSession> StartAsync(HttpContext http, CloudDbContext db, Caller caller, CancellationToken ct)
    {
        var oldId = http.Request.Cookies[Authenticator.SessionCookie];
        if (!string.IsNullOrEmpty(oldId))
        {
            await db.Sessions.Where(s => s.SessionId == oldId).ExecuteDeleteAsync(ct);
        }
        var now = time.GetUtcNow().UtcDateTime;
        var session = new ApiSession
        {
            SessionId = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            SessionKey = Base64UrlNoPadding(RandomNumberGenerator.GetBytes(20)),
            UserId = caller.User.Id,
            Created = now,
            LastAccess = now,
            TimeoutSeconds = SessionTimeoutSeconds,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        var secure = await settings.GetBoolAsync(SettingNames.SecureSessionCookie, ct);
        http.Response.Cookies.Append(Authenticator.SessionCookie, session.SessionId, new CookieOptions
        {
            Path = "/client",
            HttpOnly = true,
            Secure = secure,
        });
        var sameSite = await settings.GetAsync(SettingNames.SessionKeyCookieSameSite, ct);
        http.Response.Cookies.Append(Authenticator.SessionKeyName, session.SessionKey, new CookieOptions
        {
            Path = "/client",
            HttpOnly = true,
            Secure = secure || sameSite == "NoneAndSecure",
            SameSite = sameSite switch
            {
                "Strict" => SameSiteMode.Strict,
                "NoneAndSecure" => SameSiteMode.None,
                "Null" => SameSiteMode.Unspecified,
                _ => SameSiteMode.Lax,
            },
        });
        return session;
    }

    public async Task EndAsync(HttpContext http, CloudDbContext db, ApiSession session, CancellationToken ct)
    {
        await db.Sessions.Where(s => s.Id == session.Id).ExecuteDeleteAsync(ct);
        http.Response.Cookies.Delete(Authenticator.SessionCookie, new CookieOptions { Path = "/client" });
        http.Response.Cookies.Delete(Authenticator.SessionKeyName, new CookieOptions { Path = "/client" });
    }

    /// <summary>Drops every session of the given users (after a password change, disable, delete).</summary>
    public async Task EndAllAsync(CloudDbContext db, IReadOnlyCollection<long> userIds, CancellationToken ct)
    {
        await db.Sessions.Where(s => userIds.Contains(s.UserId)).ExecuteDeleteAsync(ct);
        identities.Invalidate();
    }

    private static async Task<Domain?> FindDomainAsync(CloudDbContext db, string? path, long? domainId, CancellationToken ct)
    {
        var domains = db.Domains.AsNoTracking().Where(d => d.Removed == null);
        if (domainId is not null)
        {
            return await domains.FirstOrDefaultAsync(d => d.Id == domainId, ct);
        }
        var normalized = NormalizeDomainPath(path) ?? "/";
        // Upstream paths are case-insensitive in practice; compare on the stored path.
        var candidates = await domains.Where(d => d.Path.ToLower() == normalized.ToLower()).ToListAsync(ct);
        return candidates.FirstOrDefault();
    }

    /// <summary>"child", "/child", "/child/" and "ROOT/child" all name the same domain path "/child/".</summary>
    public static string? NormalizeDomainPath(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }
        var trimmed = path.Trim().Trim('/');
        if (trimmed.Equals("ROOT", StringComparison.OrdinalIgnoreCase) || trimmed.Length == 0)
        {
            return "/";
        }
        if (trimmed.StartsWith("ROOT/", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[5..];
        }
        return "/" + trimmed + "/";
    }

    private static string Base64UrlNoPadding(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
