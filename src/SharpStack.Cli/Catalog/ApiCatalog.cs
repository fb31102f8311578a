using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharpStack.Cli.Catalog;

/// <summary>The commands a profile may call, as synced from listApis and cached in the config folder.</summary>
public sealed class ApiCatalog
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    [JsonPropertyName("syncedat")]
    public DateTimeOffset SyncedAt { get; set; }

    [JsonPropertyName("commands")]
    public List<ApiCommand> Commands { get; set; } = [];

    public static ApiCatalog FromListApis(JsonElement listApisContent, DateTimeOffset now)
    {
        var commands = listApisContent.TryGetProperty("api", out var apis)
            ? apis.Deserialize<List<ApiCommand>>() ?? []
            : [];
        return new ApiCatalog { SyncedAt = now, Commands = commands.OrderBy(c => c.Name, StringComparer.Ordinal).ToList() };
    }

    public static ApiCatalog? Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<ApiCatalog>(File.ReadAllText(path), Json) : null;

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
    }

    public ApiCommand? Find(string apiName) =>
        Commands.FirstOrDefault(c => string.Equals(c.Name, apiName, StringComparison.OrdinalIgnoreCase));

    public ApiCommand? Find(string verb, string noun) =>
        Commands.FirstOrDefault(c => c.Split == new CommandName(verb.ToLowerInvariant(), noun.ToLowerInvariant()));

    public IEnumerable<string> Verbs => Commands.Select(c => c.Split.Verb).Distinct().Order(StringComparer.Ordinal);

    public IEnumerable<string> Nouns(string verb) =>
        Commands.Select(c => c.Split).Where(n => n.Verb == verb.ToLowerInvariant() && n.Noun.Length > 0).Select(n => n.Noun).Distinct().Order(StringComparer.Ordinal);
}
