using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Contract.Signing;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Data;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Auth;

/// <summary>
/// Authenticates an API request by signature (apikey + HMAC-SHA1, versions 1-3) or by session
/// (JSESSIONID cookie + session key). Every failure answers the same 401, whatever went wrong.
/// </summary>
public sealed partial class Authenticator(
    IdentityCache identities,
    FailedAuthThrottle throttle,
    SettingsService settings,
    TimeProvider time)
{
    public const string VerificationFailed = "unable to verify user credentials and/or request signature";
    public const string SessionCookie = "JSESSIONID";
    public const string SessionKeyName = "sessionkey";

    public static CloudException Unauthorized() => new(ApiErrorCode.Unauthorized, VerificationFailed);

    public static bool HasSignature(RequestParameters p) => p["apikey"] is not null && p["signature"] is not null;

    public async Task<Caller> VerifySignatureAsync(HttpRequest request, RequestParameters p, string? command, CancellationToken ct)
    {
        var apiKey = p["apikey"]!;
        var signature = p["signature"]!;
        var throttleKey = "apikey:" + apiKey;
        if (throttle.IsBlocked(throttleKey))
        {
            throw Unauthorized();
        }
        var enforce = await settings.GetBoolAsync(SettingNames.EnforcePostRequestsAndTimestamps, ct);
        var version = p["signatureversion"];
        var expires = p["expires"];
        if (version == "3" || enforce)
        {
            if (version != "3" || expires is null || ParseExpires(expires) is not { } expiry)
            {
                throw Unauthorized();
            }
            var now = time.GetUtcNow();
            if (expiry < now || (enforce && expiry > now.AddMinutes(15)))
            {
                throw Unauthorized();
            }
        }
        if (enforce && !HttpMethods.IsPost(request.Method) && command is not null && !ReadOnlyCommand().IsMatch(command))
        {
            throw new CloudException(ApiErrorCode.BadRequest, $"Command {command} changes state and must be sent with POST");
        }
        var owner = await identities.FindApiKeyAsync(apiKey, ct);
        if (owner is null || !RequestSignature.Verify(p.AsSent, owner.SecretKey, signature))
        {
            throttle.RecordFailure(throttleKey);
            throw Unauthorized();
        }
        var caller = await identities.GetCallerAsync(owner.UserId, ct);
        if (caller is null || !IsActive(caller) || !await settings.GetBoolAsync(SettingNames.ApiKeyAccess, ct))
        {
            throw Unauthorized();
        }
        return caller;
    }

    /// <summary>Users, accounts and domains must all be enabled for any authenticated call.</summary>
    public static bool IsActive(Caller caller) =>
        caller.User.State == UserState.Enabled &&
        caller.Account.State == AccountState.Enabled &&
        caller.Domain.State == DomainState.Active;

    public async Task<(Caller Caller, ApiSession Session)> VerifySessionAsync(HttpContext http, RequestParameters p, CloudDbContext db, CancellationToken ct)
    {
        var sessionId = http.Request.Cookies[SessionCookie];
        if (string.IsNullOrEmpty(sessionId))
        {
            throw Unauthorized();
        }
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.SessionId == sessionId, ct);
        if (session is null)
        {
            throw Unauthorized();
        }
        var now = time.GetUtcNow().UtcDateTime;
        var mode = await settings.GetAsync(SettingNames.SessionKeyCheckLocations, ct) ?? "CookieAndParameter";
        var cookieOk = http.Request.Cookies[SessionKeyName] == session.SessionKey;
        var paramOk = p[SessionKeyName] == session.SessionKey;
        var keyOk = mode switch
        {
            "CookieOrParameter" => cookieOk || paramOk,
            "ParameterOnly" => paramOk,
            _ => cookieOk && paramOk,
        };
        var expired = session.LastAccess.AddSeconds(session.TimeoutSeconds) < now;
        var caller = keyOk && !expired ? await identities.GetCallerAsync(session.UserId, ct) : null;
        if (caller is null || !IsActive(caller))
        {
            // A failed check ends the session, as upstream invalidates it.
            await db.Sessions.Where(s => s.Id == session.Id).ExecuteDeleteAsync(ct);
            throw Unauthorized();
        }
        if (now - session.LastAccess > TimeSpan.FromSeconds(30))
        {
            await db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastAccess, now), ct);
        }
        return (caller, session);
    }

    internal static DateTimeOffset? ParseExpires(string text) =>
        ParameterBinder.ParseDate(text) is { } utc && text.Contains('T', StringComparison.Ordinal)
            ? new DateTimeOffset(utc, TimeSpan.Zero)
            : null;

    [GeneratedRegex(@"^(get|list|query|find)\w+$|^(quotaBalance|quotaSummary|quotaStatement)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadOnlyCommand();
}
