using System.Text.Json.Serialization;

namespace SharpStack.Cli.Config;

/// <summary>One named connection: the endpoint and either an API key pair or a username and password.</summary>
public sealed class Profile
{
    [JsonPropertyName("url")]
    public string Url { get; set; } = "http://127.0.0.1:8080/client/api";

    [JsonPropertyName("apikey")]
    public string? ApiKey { get; set; }

    [JsonPropertyName("secretkey")]
    public string? SecretKey { get; set; }

    [JsonPropertyName("username")]
    public string? Username { get; set; }

    [JsonPropertyName("password")]
    public string? Password { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonIgnore]
    public bool HasKeys => !string.IsNullOrEmpty(ApiKey) && !string.IsNullOrEmpty(SecretKey);

    [JsonIgnore]
    public bool HasPassword => !string.IsNullOrEmpty(Username) && Password is not null;

    /// <summary>The API endpoint: a bare server address gets upstream's path /client/api.</summary>
    [JsonIgnore]
    public Uri Endpoint
    {
        get
        {
            var url = Url.TrimEnd('/');
            return new Uri(url.EndsWith("/client/api", StringComparison.Ordinal) ? url : url + "/client/api");
        }
    }

    /// <summary>The settable keys of <c>profile set</c>, by name.</summary>
    public static readonly IReadOnlyList<string> Keys = ["url", "apikey", "secretkey", "username", "password", "domain"];

    public void Set(string key, string value)
    {
        var empty = value.Length == 0 ? null : value;
        switch (key.ToLowerInvariant())
        {
            case "url": Url = value; break;
            case "apikey": ApiKey = empty; break;
            case "secretkey": SecretKey = empty; break;
            case "username": Username = empty; break;
            case "password": Password = empty; break;
            case "domain": Domain = empty; break;
            default: throw new CliException($"Unknown profile key '{key}'. Keys: {string.Join(", ", Keys)}", ExitCodes.Usage);
        }
    }
}
