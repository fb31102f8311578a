using SharpStack.Cli;
using SharpStack.Cli.Config;

namespace SharpStack.Cli.Tests;

/// <summary>Runs the CLI's real entry point in this process, with its own config file and captured output.</summary>
public sealed class CliRunner(string configFile)
{
    public string ConfigFile { get; } = configFile;

    public static CliRunner InNewConfigFolder() =>
        new(Path.Combine(Directory.CreateTempSubdirectory("sharpstack-cli-").FullName, "config.json"));

    public async Task<CliResult> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = new CliEnvironment { Output = output, Error = error, IsTerminal = false, Paths = new ConfigPaths(ConfigFile) };
        var code = await CliApp.RunAsync(args, env);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
