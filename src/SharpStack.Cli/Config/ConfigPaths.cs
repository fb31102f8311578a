namespace SharpStack.Cli.Config;

/// <summary>Where the config file and the synced API catalogs live.</summary>
public sealed record ConfigPaths(string ConfigFile)
{
    public const string EnvironmentVariable = "SHARPSTACK_CLI_CONFIG";

    public string Directory => Path.GetDirectoryName(Path.GetFullPath(ConfigFile))!;

    /// <summary>The catalog synced for one profile (profiles may reach different clouds or roles).</summary>
    public string CatalogFile(string profile) => Path.Combine(Directory, $"catalog-{profile}.json");

    /// <summary>$SHARPSTACK_CLI_CONFIG, else $XDG_CONFIG_HOME/sharpstack/config.json, else ~/.config/sharpstack/config.json.</summary>
    public static ConfigPaths FromEnvironment()
    {
        var explicitFile = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(explicitFile))
        {
            return new ConfigPaths(explicitFile);
        }
        var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        var root = string.IsNullOrWhiteSpace(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config")
            : xdg;
        return new ConfigPaths(Path.Combine(root, "sharpstack", "config.json"));
    }
}
