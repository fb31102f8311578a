using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharpStack.Cli.Config;

/// <summary>The config file: named profiles and which one is used when --profile is not given.</summary>
public sealed class CliConfig
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    [JsonPropertyName("current")]
    public string Current { get; set; } = "default";

    [JsonPropertyName("profiles")]
    public SortedDictionary<string, Profile> Profiles { get; set; } = new(StringComparer.Ordinal);

    public static CliConfig Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<CliConfig>(File.ReadAllText(path), Json) ?? new CliConfig() : new CliConfig();

    /// <summary>Writes the file readable only by its owner: it holds secret keys and passwords.</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var text = JsonSerializer.Serialize(this, Json);
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllText(path, text);
            return;
        }
        using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
        using var writer = new StreamWriter(stream);
        writer.Write(text);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    /// <summary>The profile of that name (or the current one), or a usage error naming the known ones.</summary>
    public Profile Find(string? name, out string resolvedName)
    {
        resolvedName = name ?? Current;
        if (Profiles.TryGetValue(resolvedName, out var profile))
        {
            return profile;
        }
        var known = Profiles.Count == 0 ? "none yet" : string.Join(", ", Profiles.Keys);
        throw new CliException($"No profile '{resolvedName}' (profiles: {known}). Create it with: sharpstack profile set {resolvedName} url=... apikey=... secretkey=...", ExitCodes.Usage);
    }
}
