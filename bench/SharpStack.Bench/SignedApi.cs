using System.Net;
using System.Text.Json;
using SharpStack.Contract.Signing;

namespace SharpStack.Bench;

/// <summary>Signed GETs with the admin's API keys, as API clients (cloudmonkey and others) send them.</summary>
internal sealed class SignedApi(HttpClient http, Uri apiUri, string apiKey, string secretKey)
{
    /// <summary>The signed URI of a command; signature version 1 has no expiry, so it can be reused.</summary>
    public Uri Build(string command, params (string Name, string Value)[] args)
    {
        var parameters = new List<KeyValuePair<string, string>> { new("command", command) };
        parameters.AddRange(args.Select(a => new KeyValuePair<string, string>(a.Name, a.Value)));
        parameters.Add(new("response", "json"));
        parameters.Add(new("apikey", apiKey));
        var signature = RequestSignature.Compute(RequestSignature.CanonicalString(parameters), secretKey);
        var query = string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)))
            + "&signature=" + Uri.EscapeDataString(signature);
        return new Uri(apiUri + "?" + query);
    }

    /// <summary>Sends a signed GET and returns the body; anything but HTTP 200 throws.</summary>
    public async Task<byte[]> GetBytesAsync(Uri uri, CancellationToken ct = default)
    {
        using var response = await http.GetAsync(uri, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var command = uri.Query.Split('&').FirstOrDefault(p => p.TrimStart('?').StartsWith("command=", StringComparison.Ordinal)) ?? uri.Query;
            throw new HttpRequestException($"{command.TrimStart('?')} answered HTTP {(int)response.StatusCode}: {Truncate(System.Text.Encoding.UTF8.GetString(body))}");
        }
        return body;
    }

    /// <summary>"count" and the number of items of a list reply such as {"listhostsresponse":{"count":3,"host":[...]}}.</summary>
    public static (int Count, int Items) ListCounts(byte[] body, string item)
    {
        using var doc = JsonDocument.Parse(body);
        var inner = doc.RootElement.EnumerateObject().First().Value;
        var count = inner.TryGetProperty("count", out var c) ? c.GetInt32() : 0;
        var items = inner.TryGetProperty(item, out var list) ? list.GetArrayLength() : 0;
        return (count, items);
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
