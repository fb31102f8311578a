using System.Net;
using System.Text.Json;
using SharpStack.Cli.Config;
using SharpStack.Contract.Signing;

namespace SharpStack.Cli.Api;

/// <summary>
/// The HTTP side of the API: every call is a form POST with response=json, signed with the
/// profile's API key pair as upstream signs (HMAC-SHA1 over the sorted, lower-cased, encoded
/// parameters), or carrying the session key and cookie of a login with username and password.
/// </summary>
public sealed class CloudApi : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly string? _apiKey;
    private readonly string? _secretKey;
    private string? _sessionKey;

    private CloudApi(Uri endpoint, string? apiKey, string? secretKey)
    {
        _endpoint = endpoint;
        _apiKey = apiKey;
        _secretKey = secretKey;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { Timeout = TimeSpan.FromMinutes(5) };
    }

    /// <summary>A client for the profile: signed with its keys, or logged in with its username and password.</summary>
    public static async Task<CloudApi> ConnectAsync(Profile profile, CancellationToken ct)
    {
        if (profile.HasKeys)
        {
            return new CloudApi(profile.Endpoint, profile.ApiKey, profile.SecretKey);
        }
        if (!profile.HasPassword)
        {
            throw new CliException("The profile has neither apikey/secretkey nor username/password", ExitCodes.Usage);
        }
        var api = new CloudApi(profile.Endpoint, null, null);
        var args = new List<KeyValuePair<string, string>> { new("username", profile.Username!), new("password", profile.Password!) };
        if (!string.IsNullOrEmpty(profile.Domain))
        {
            args.Add(new("domain", profile.Domain));
        }
        var login = await api.CallAsync("login", args, ct);
        if (login.IsError)
        {
            await api.DisposeAsync();
            throw new CliException($"login failed: error {login.ErrorCode}: {login.ErrorText}", ExitCodes.ApiError);
        }
        api._sessionKey = login.Content.GetProperty("sessionkey").GetString();
        return api;
    }

    public async Task<ApiResponse> CallAsync(string command, IEnumerable<KeyValuePair<string, string>> args, CancellationToken ct)
    {
        var all = new List<KeyValuePair<string, string>> { new("command", command) };
        all.AddRange(args);
        all.Add(new("response", "json"));
        if (_apiKey is not null)
        {
            all.Add(new("apikey", _apiKey));
            all.Add(new("signature", RequestSignature.Compute(RequestSignature.CanonicalString(all), _secretKey!)));
        }
        else if (_sessionKey is not null)
        {
            all.Add(new("sessionkey", _sessionKey));
        }
        string body;
        HttpStatusCode status;
        try
        {
            using var content = new FormUrlEncodedContent(all);
            using var response = await _http.PostAsync(_endpoint, content, ct);
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync(ct);
        }
        catch (HttpRequestException e)
        {
            throw new CliException($"Cannot reach {_endpoint}: {e.Message}", ExitCodes.Connection);
        }
        return Parse((int)status, body);
    }

    public Task<ApiResponse> CallAsync(string command, CancellationToken ct, params (string Key, string Value)[] args) =>
        CallAsync(command, args.Select(a => new KeyValuePair<string, string>(a.Key, a.Value)), ct);

    private ApiResponse Parse(int status, string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var root in doc.RootElement.EnumerateObject())
                {
                    if (root.Value.ValueKind == JsonValueKind.Object)
                    {
                        return new ApiResponse(status, root.Name, root.Value.Clone());
                    }
                    break;
                }
            }
        }
        catch (JsonException)
        {
        }
        var excerpt = body.Length > 200 ? body[..200] + "..." : body;
        throw new CliException($"{_endpoint} answered HTTP {status} with something that is not a CloudStack API response: {excerpt}", ExitCodes.Connection);
    }

    /// <summary>Ends a login session; signed clients have none.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_sessionKey is not null)
        {
            try
            {
                await CallAsync("logout", [], CancellationToken.None);
            }
            catch (CliException)
            {
            }
            _sessionKey = null;
        }
        _http.Dispose();
    }
}
