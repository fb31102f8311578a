using System.Net;
using System.Text.Json;

namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>One API reply: the HTTP status, the raw body, and the JSON under the response name.</summary>
public sealed record ApiReply(HttpStatusCode Status, string Body, string ResponseName, JsonElement Content)
{
    public int Code => (int)Status;

    public bool IsError => Code != 200;

    public int ErrorCode => Content.TryGetProperty("errorcode", out var e) ? e.GetInt32() : 0;

    public string ErrorText => Content.TryGetProperty("errortext", out var e) ? e.GetString() ?? "" : "";

    public JsonElement this[string name] => Content.GetProperty(name);

    public string Str(string name) => Content.GetProperty(name).GetString()!;

    public int Count => Content.TryGetProperty("count", out var c) ? c.GetInt32() : 0;

    /// <summary>The array of a list reply (empty when the reply has none).</summary>
    public IReadOnlyList<JsonElement> Items(string objectName) =>
        Content.TryGetProperty(objectName, out var items) ? items.EnumerateArray().ToList() : [];

    public ApiReply EnsureOk()
    {
        if (IsError)
        {
            throw new InvalidOperationException($"expected success, got {Code}: {Body}");
        }
        return this;
    }
}
