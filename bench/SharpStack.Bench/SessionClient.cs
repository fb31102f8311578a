using System.Net;
using System.Text.Json;

namespace SharpStack.Bench;

/// <summary>Setup calls over a login session, as the web UI makes them: cookies plus the session key.</summary>
internal sealed class SessionClient(HttpClient http, Uri apiUri)
{
    private string? _sessionKey;

    public async Task LoginAsync(string username, string password)
    {
        var body = await SendAsync(HttpMethod.Post, [("command", "login"), ("username", username), ("password", password), ("response", "json")]);
        _sessionKey = body.GetProperty("loginresponse").GetProperty("sessionkey").GetString()
            ?? throw new BenchSetupException("login answered without a session key");
    }

    public Task<JsonElement> GetAsync(string command, params (string Name, string Value)[] args) =>
        SendAsync(HttpMethod.Get, WithSession(command, args));

    public Task<JsonElement> PostAsync(string command, params (string Name, string Value)[] args) =>
        SendAsync(HttpMethod.Post, WithSession(command, args));

    /// <summary>Posts an async command and waits for its job; answers the job result, or throws with the job's error.</summary>
    public async Task<JsonElement> PostAndWaitAsync(string command, params (string Name, string Value)[] args)
    {
        var answer = await PostAsync(command, args);
        var jobId = answer.GetProperty(command.ToLowerInvariant() + "response").GetProperty("jobid").GetString()!;
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var job = (await GetAsync("queryAsyncJobResult", ("jobid", jobId))).GetProperty("queryasyncjobresultresponse");
            switch (job.GetProperty("jobstatus").GetInt32())
            {
                case 1:
                    return job.GetProperty("jobresult");
                case 2:
                    throw new BenchSetupException($"{command} failed: {job.GetProperty("jobresult")}");
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new BenchSetupException($"{command} did not finish within 120 s");
            }
            await Task.Delay(50);
        }
    }

    private List<(string, string)> WithSession(string command, (string Name, string Value)[] args)
    {
        var all = new List<(string, string)> { ("command", command) };
        all.AddRange(args);
        all.Add(("response", "json"));
        all.Add(("sessionkey", _sessionKey ?? throw new BenchSetupException("not logged in")));
        return all;
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, List<(string Name, string Value)> args)
    {
        var command = args[0].Value;
        var encoded = string.Join('&', args.Select(a => Uri.EscapeDataString(a.Name) + "=" + Uri.EscapeDataString(a.Value)));
        using var request = method == HttpMethod.Get
            ? new HttpRequestMessage(method, new Uri(apiUri + "?" + encoded))
            : new HttpRequestMessage(method, apiUri) { Content = new StringContent(encoded, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded") };
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchSetupException($"{command} answered HTTP {(int)response.StatusCode}: {text}");
        }
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }
}

internal sealed class BenchSetupException(string message) : Exception(message);
