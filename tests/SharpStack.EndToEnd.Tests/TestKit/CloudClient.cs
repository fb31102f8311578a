using System.Net;
using System.Text.Json;
using System.Text;
using SharpStack.Contract.Signing;

namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>
/// A CloudStack API client for tests: signs requests with an API key pair (as every CloudStack
/// tool does) or carries a login session (as the web UI does).
/// </summary>
public sealed class CloudClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly CookieContainer _cookies = new();
    private readonly Uri _endpoint;

    public string? ApiKey { get; private set; }
    public string? SecretKey { get; private set; }
    public string? SessionKey { get; private set; }

    public CloudClient(string baseUrl)
    {
        _endpoint = new Uri(baseUrl.TrimEnd('/') + "/client/api");
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, UseCookies = true }) { Timeout = TimeSpan.FromSeconds(60) };
    }

    public CookieContainer Cookies => _cookies;

    public Uri Endpoint => _endpoint;

    public CloudClient WithKeys(string apiKey, string secretKey)
    {
        ApiKey = apiKey;
        SecretKey = secretKey;
        return this;
    }

    public async Task<ApiReply> LoginAsync(string username, string password, string? domain = null)
    {
        var args = new List<KeyValuePair<string, string>> { new("username", username), new("password", password) };
        if (domain is not null)
        {
            args.Add(new("domain", domain));
        }
        var reply = await SendAsync("login", args, HttpMethod.Post, sign: false);
        if (!reply.IsError)
        {
            SessionKey = reply.Str("sessionkey");
        }
        return reply;
    }

    public Task<ApiReply> CallAsync(string command, params (string Name, string Value)[] args) =>
        SendAsync(command, args.Select(a => new KeyValuePair<string, string>(a.Name, a.Value)).ToList(), HttpMethod.Get, sign: ApiKey is not null);

    public Task<ApiReply> PostAsync(string command, params (string Name, string Value)[] args) =>
        SendAsync(command, args.Select(a => new KeyValuePair<string, string>(a.Name, a.Value)).ToList(), HttpMethod.Post, sign: ApiKey is not null);

    /// <summary>Calls an async command and polls queryAsyncJobResult until the job ends.</summary>
    public async Task<ApiReply> CallAndWaitAsync(string command, params (string Name, string Value)[] args)
    {
        var submitted = await CallAsync(command, args);
        if (submitted.IsError)
        {
            return submitted;
        }
        return await WaitForJobAsync(submitted.Str("jobid"));
    }

    public async Task<ApiReply> WaitForJobAsync(string jobId, int timeoutSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var reply = await CallAsync("queryAsyncJobResult", ("jobid", jobId));
            reply.EnsureOk();
            if (reply["jobstatus"].GetInt32() != 0)
            {
                return reply;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"job {jobId} still pending after {timeoutSeconds}s: {reply.Body}");
            }
            await Task.Delay(50);
        }
    }

    public async Task<ApiReply> SendAsync(string command, IReadOnlyList<KeyValuePair<string, string>> args, HttpMethod method, bool sign, string format = "json")
    {
        var all = new List<KeyValuePair<string, string>> { new("command", command) };
        all.AddRange(args);
        if (format != "xml")
        {
            all.Add(new("response", format));
        }
        if (sign)
        {
            all.Add(new("apikey", ApiKey!));
            all.Add(new("signature", RequestSignature.Compute(RequestSignature.CanonicalString(all), SecretKey!)));
        }
        else if (SessionKey is not null && command != "login")
        {
            all.Add(new("sessionkey", SessionKey));
        }
        using var request = new HttpRequestMessage(method, method == HttpMethod.Get ? new Uri(_endpoint + "?" + Encode(all)) : _endpoint);
        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent(Encode(all), Encoding.UTF8, "application/x-www-form-urlencoded");
        }
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return Parse(response.StatusCode, body);
    }

    /// <summary>Sends a raw query string as it is, for tests of malformed requests.</summary>
    public async Task<(HttpStatusCode Status, string Body, string? ContentType)> RawGetAsync(string query)
    {
        using var response = await _http.GetAsync(new Uri(_endpoint + "?" + query));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.ToString());
    }

    public static ApiReply Parse(HttpStatusCode status, string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement.EnumerateObject().First();
            return new ApiReply(status, body, root.Name, root.Value.Clone());
        }
        catch (JsonException)
        {
            return new ApiReply(status, body, "", default);
        }
    }

    private static string Encode(IEnumerable<KeyValuePair<string, string>> args) =>
        string.Join('&', args.Select(a => Uri.EscapeDataString(a.Key) + "=" + Uri.EscapeDataString(a.Value)));

    public void Dispose() => _http.Dispose();
}
