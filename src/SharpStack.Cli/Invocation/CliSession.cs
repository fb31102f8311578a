using SharpStack.Cli.Catalog;
using SharpStack.Cli.Config;

namespace SharpStack.Cli.Invocation;

/// <summary>The profile one invocation uses, with its synced catalog when there is one.</summary>
public sealed class CliSession
{
    public required CliEnvironment Env { get; init; }
    public required string ProfileName { get; init; }
    public required Profile Profile { get; init; }
    public ApiCatalog? Catalog { get; init; }

    public static CliSession Open(CliEnvironment env, string? profileName)
    {
        var config = CliConfig.Load(env.Paths.ConfigFile);
        var profile = config.Find(profileName, out var resolved);
        return new CliSession { Env = env, ProfileName = resolved, Profile = profile, Catalog = ApiCatalog.Load(env.Paths.CatalogFile(resolved)) };
    }

    public ApiCatalog RequireCatalog() =>
        Catalog ?? throw new CliException($"No API catalog for profile '{ProfileName}' yet: run `sharpstack sync` first (or call a command by its API name: sharpstack api listZones)", ExitCodes.Usage);
}
